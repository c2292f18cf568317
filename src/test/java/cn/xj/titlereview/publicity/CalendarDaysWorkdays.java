package cn.xj.titlereview.publicity;

import java.time.Duration;
import java.util.Date;

/**
 * Test double for the {@code workdays} bean: every day is a working day. The real bean (package
 * calendar) knows holidays and adjusted working days; the stage only needs the call shape.
 */
public class CalendarDaysWorkdays {

    public Date afterWorkingDays(Date start, int workingDays) {
        return Date.from(start.toInstant().plus(Duration.ofDays(workingDays)));
    }
}
