package cn.xj.titlereview.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Beijing time (Asia/Shanghai), whatever the server's zone: for texts people read and for the tables. */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private BeijingTime() {
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE).truncatedTo(ChronoUnit.SECONDS);
    }

    public static Instant instant(LocalDateTime beijing) {
        return beijing.atZone(ZONE).toInstant();
    }

    /** "2024-08-30 18:00", or with seconds where the time has them ("2024-10-10 23:59:59"). */
    public static String format(LocalDateTime beijing) {
        return beijing.getSecond() == 0 && beijing.getNano() == 0 ? MINUTES.format(beijing) : SECONDS.format(beijing);
    }

    public static String format(Instant instant) {
        return format(LocalDateTime.ofInstant(instant, ZONE));
    }

    /**
     * For reminders: minutes ("2024-10-12 18:00" for a timer due at 18:00:23), except an end given
     * to its last second as the notices do ("2024-11-04 23:59:59"), which must not read a minute early.
     */
    public static String formatDue(Instant instant) {
        LocalDateTime time = LocalDateTime.ofInstant(instant, ZONE);
        return time.getSecond() == 59 ? SECONDS.format(time) : MINUTES.format(time);
    }
}
