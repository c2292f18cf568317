package cn.xj.titlereview.process;

import java.time.Duration;
import java.util.Date;

/** Test double of the {@code workdays} bean: every day is a working day. */
public class CalendarDaysWorkdays {

    public Date afterWorkingDays(Date start, int days) {
        return Date.from(start.toInstant().plus(Duration.ofDays(days)));
    }
}
