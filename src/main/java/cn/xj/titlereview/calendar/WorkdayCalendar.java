package cn.xj.titlereview.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Working-day arithmetic in Beijing time, for Java and for BPMN timer expressions:
 *
 * <pre>{@code <timeDate>${workdays.afterWorkingDays(publishedAt, publicityWorkingDays)}</timeDate>}</pre>
 *
 * <p>Every timer that depends on working days must use this bean: {@link
 * TimerRecalculationService} finds them by the name {@code workdays} in their expression and
 * recalculates them when the holiday data changes.
 *
 * <p>Holds the current {@link HolidayCalendar}; {@link #reload()} and {@link
 * #replace(HolidayCalendar)} swap it atomically (each computation uses one snapshot). Methods
 * have distinct names per arity on purpose: expression languages resolve overloads poorly.
 */
@Component("workdays")
public class WorkdayCalendar {

  /** Deadlines are Beijing time whatever the JVM's default zone. */
  public static final ZoneId BEIJING = BeijingTime.ZONE;

  /** A working-day deadline ends at this time of its last day (whole seconds, as stored). */
  public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final Supplier<HolidayCalendar> source;
  private final AtomicReference<HolidayCalendar> current;

  /** The application's bean: loads the holiday files at start-up (invalid files stop it). */
  @Autowired
  public WorkdayCalendar(
      @Value("${titlereview.calendar.holidays-location:" + HolidayCalendarLoader.DEFAULT_LOCATION + "}")
          String holidaysLocation) {
    this(() -> HolidayCalendarLoader.load(holidaysLocation));
  }

  /** A calendar that (re)loads its data from {@code source}; loads it now. */
  public WorkdayCalendar(Supplier<HolidayCalendar> source) {
    this.source = Objects.requireNonNull(source, "source");
    this.current = new AtomicReference<>(Objects.requireNonNull(source.get(), "calendar"));
  }

  /** A calendar on fixed data ({@link #reload()} keeps it; {@link #replace} still works). */
  public static WorkdayCalendar of(HolidayCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return new WorkdayCalendar(() -> calendar);
  }

  /** The data in use. */
  public HolidayCalendar calendar() {
    return current.get();
  }

  /**
   * Loads the data again from the source and puts it in use. When the data is invalid, the
   * exception is thrown and the data in use stays.
   *
   * @return the data now in use
   * @throws HolidayDataException when the files are invalid
   */
  public HolidayCalendar reload() {
    HolidayCalendar fresh = Objects.requireNonNull(source.get(), "calendar");
    current.set(fresh);
    return fresh;
  }

  /** Puts other data in use; returns the data used before. */
  public HolidayCalendar replace(HolidayCalendar calendar) {
    return current.getAndSet(Objects.requireNonNull(calendar, "calendar"));
  }

  /**
   * Whether the date is a working day.
   *
   * @throws CalendarDataMissingException when the year has no announced data
   */
  public boolean isWorkingDay(LocalDate date) {
    return current.get().isWorkingDay(requireDate(date));
  }

  /** Whether the Beijing date of the instant is a working day. */
  public boolean isWorkingDayAt(Date instant) {
    return isWorkingDay(beijingDate(instant));
  }

  /**
   * The n-th working day after {@code date} ({@code n > 0}), before it ({@code n < 0}), or the
   * date itself ({@code n == 0}). The date itself is never counted.
   *
   * @throws CalendarDataMissingException when a day to examine lies in a year without data
   */
  public LocalDate addWorkingDays(LocalDate date, int n) {
    requireDate(date);
    HolidayCalendar calendar = current.get();
    int step = n >= 0 ? 1 : -1;
    int remaining = Math.abs(n);
    LocalDate day = date;
    while (remaining > 0) {
      day = day.plusDays(step);
      if (calendar.isWorkingDay(day)) {
        remaining--;
      }
    }
    return day;
  }

  /**
   * The end (23:59:59 Beijing time) of the n-th working day after the Beijing date of {@code
   * start}: a publicity of n working days published at {@code start} ends then. The day of
   * {@code start} is never counted (Civil Code art. 201), whatever the hour.
   *
   * <p>Example: published Wednesday 2023-09-27 10:00 (中秋节、国庆节 2023-09-29 to 10-06, adjusted
   * working days 10-07 and 10-08), 5 working days: 09-28, 10-07, 10-08, 10-09, 10-10; ends
   * 2023-10-10 23:59:59 +08:00.
   *
   * @param start the instant of publication
   * @param n working days, at least 1
   * @throws CalendarDataMissingException when a day to examine lies in a year without data
   */
  public Date afterWorkingDays(Date start, int n) {
    if (start == null) {
      throw new IllegalArgumentException("计算工作日期限时缺少开始时间");
    }
    if (n < 1) {
      throw new IllegalArgumentException("工作日数至少为1，实为" + n);
    }
    return endOfDay(addWorkingDays(beijingDate(start), n));
  }

  /**
   * Working days after {@code from} up to and including {@code to}; negative when {@code to} is
   * before {@code from}. {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    requireDate(from);
    requireDate(to);
    HolidayCalendar calendar = current.get();
    LocalDate low = from.isAfter(to) ? to : from;
    LocalDate high = from.isAfter(to) ? from : to;
    int count = 0;
    for (LocalDate day = low.plusDays(1); !day.isAfter(high); day = day.plusDays(1)) {
      if (calendar.isWorkingDay(day)) {
        count++;
      }
    }
    return from.isAfter(to) ? -count : count;
  }

  /** The Beijing date of an instant. */
  public LocalDate beijingDate(Date instant) {
    if (instant == null) {
      throw new IllegalArgumentException("时间不能为空");
    }
    return Instant.ofEpochMilli(instant.getTime()).atZone(BEIJING).toLocalDate();
  }

  /** 23:59:59 Beijing time on the date. */
  public Date endOfDay(LocalDate date) {
    return Date.from(requireDate(date).atTime(END_OF_DAY).atZone(BEIJING).toInstant());
  }

  private static LocalDate requireDate(LocalDate date) {
    if (date == null) {
      throw new IllegalArgumentException("日期不能为空");
    }
    return date;
  }
}
