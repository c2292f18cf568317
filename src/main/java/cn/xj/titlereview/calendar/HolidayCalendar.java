package cn.xj.titlereview.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable snapshot of the holiday data of several years. Build it with {@link
 * HolidayCalendarLoader} (files) or {@link #of(Collection)} (already validated years).
 */
public final class HolidayCalendar {

  private final Map<Integer, HolidayYear> years;
  private final Map<LocalDate, Holiday> holidays;
  private final Map<LocalDate, AdjustedWorkingDay> adjustedWorkingDays;
  private final String fingerprint;

  private HolidayCalendar(
      Map<Integer, HolidayYear> years,
      Map<LocalDate, Holiday> holidays,
      Map<LocalDate, AdjustedWorkingDay> adjustedWorkingDays) {
    this.years = Collections.unmodifiableMap(years);
    this.holidays = Collections.unmodifiableMap(holidays);
    this.adjustedWorkingDays = Collections.unmodifiableMap(adjustedWorkingDays);
    this.fingerprint = computeFingerprint();
  }

  /**
   * Merges validated years. Refuses two files for one year and a date defined by two files.
   *
   * @throws HolidayDataException listing every conflict
   */
  public static HolidayCalendar of(Collection<HolidayYear> yearData) {
    List<String> problems = new ArrayList<>();
    Map<Integer, HolidayYear> years = new TreeMap<>();
    Map<LocalDate, Holiday> holidays = new TreeMap<>();
    Map<LocalDate, AdjustedWorkingDay> adjusted = new TreeMap<>();
    Map<LocalDate, String> definedIn = new TreeMap<>();
    List<HolidayYear> sorted = new ArrayList<>(yearData);
    sorted.sort(Comparator.comparingInt(HolidayYear::year).thenComparing(HolidayYear::file));
    for (HolidayYear year : sorted) {
      HolidayYear previous = years.putIfAbsent(year.year(), year);
      if (previous != null) {
        problems.add(
            year.file() + "：year：" + year.year() + "年的数据重复，已由 " + previous.file() + " 定义");
        continue;
      }
      for (Holiday holiday : year.holidays()) {
        holiday
            .days()
            .forEach(
                day -> {
                  if (claim(definedIn, day, year, problems)) {
                    holidays.put(day, holiday);
                  }
                });
      }
      for (AdjustedWorkingDay day : year.adjustedWorkingDays()) {
        if (claim(definedIn, day.date(), year, problems)) {
          adjusted.put(day.date(), day);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new HolidayDataException(problems);
    }
    return new HolidayCalendar(years, holidays, adjusted);
  }

  private static boolean claim(
      Map<LocalDate, String> definedIn, LocalDate day, HolidayYear year, List<String> problems) {
    String other = definedIn.putIfAbsent(day, year.file());
    if (other != null && !other.equals(year.file())) {
      problems.add(year.file() + "：日期 " + day + " 重复，已由 " + other + " 定义");
      return false;
    }
    return true;
  }

  /** Whether the date is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    return dayType(date).isWorking();
  }

  /**
   * What the date is.
   *
   * @throws CalendarDataMissingException when the date's year has no announced data
   */
  public DayType dayType(LocalDate date) {
    requireYear(date.getYear());
    if (holidays.containsKey(date)) {
      return DayType.HOLIDAY;
    }
    if (adjustedWorkingDays.containsKey(date)) {
      return DayType.ADJUSTED_WORKING_DAY;
    }
    DayOfWeek dayOfWeek = date.getDayOfWeek();
    return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY
        ? DayType.WEEKEND
        : DayType.WORKDAY;
  }

  /** The holiday that the date belongs to: a day off, or an adjusted working day for it. */
  public Optional<String> holidayName(LocalDate date) {
    requireYear(date.getYear());
    Holiday holiday = holidays.get(date);
    if (holiday != null) {
      return Optional.of(holiday.name());
    }
    return Optional.ofNullable(adjustedWorkingDays.get(date)).map(AdjustedWorkingDay::holiday);
  }

  /** Whether dates of the year can be computed (the year's data is loaded and announced). */
  public boolean covers(int year) {
    HolidayYear data = years.get(year);
    return data != null && data.announced();
  }

  /** @throws CalendarDataMissingException when the year is not covered */
  public void requireYear(int year) {
    HolidayYear data = years.get(year);
    if (data == null || !data.announced()) {
      throw new CalendarDataMissingException(year, data != null);
    }
  }

  /** Years with announced data, ascending. */
  public SortedSet<Integer> announcedYears() {
    TreeSet<Integer> result = new TreeSet<>();
    years.values().stream().filter(HolidayYear::announced).forEach(y -> result.add(y.year()));
    return Collections.unmodifiableSortedSet(result);
  }

  /** Years that have a file marked {@code announced: false}, ascending. */
  public SortedSet<Integer> unannouncedYears() {
    TreeSet<Integer> result = new TreeSet<>();
    years.values().stream().filter(y -> !y.announced()).forEach(y -> result.add(y.year()));
    return Collections.unmodifiableSortedSet(result);
  }

  /** The loaded years by year, ascending. */
  public Map<Integer, HolidayYear> years() {
    return years;
  }

  /**
   * A SHA-256 over the data that decides working days (years, announced flags, days off and
   * adjusted working days; not sources or file names). Equal fingerprints compute equal dates.
   */
  public String fingerprint() {
    return fingerprint;
  }

  private String computeFingerprint() {
    StringBuilder canonical = new StringBuilder();
    Map<Integer, Boolean> flags = new LinkedHashMap<>();
    years.values().forEach(y -> flags.put(y.year(), y.announced()));
    canonical.append("years=").append(flags).append('\n');
    holidays.keySet().forEach(d -> canonical.append("off=").append(d).append('\n'));
    adjustedWorkingDays.keySet().forEach(d -> canonical.append("work=").append(d).append('\n'));
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "HolidayCalendar" + announcedYears() + (unannouncedYears().isEmpty() ? "" : " 未公布" + unannouncedYears());
  }
}
