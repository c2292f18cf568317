package cn.xj.titlereview.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tyme.holiday.LegalHoliday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Compares every day of every announced year in config/holidays with the legal-holiday data of
 * tyme4j (cn.6tail:tyme4j), an independent copy of the State Council notices.
 */
class HolidayDataCrossCheckTest {

  private final HolidayCalendar calendar = HolidayCalendarLoader.loadDefault();

  @Test
  void filesExistForEveryYearFrom2021To2027() {
    assertThat(calendar.years().keySet()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026, 2027);
    assertThat(calendar.announcedYears()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
    assertThat(calendar.unannouncedYears()).containsExactly(2027);
    calendar.announcedYears().forEach(year ->
        assertThat(calendar.years().get(year).source())
            .startsWith("国务院办公厅关于" + year + "年部分节假日安排的通知")
            .contains("国办发明电〔" + (year - 1) + "〕"));
  }

  @Test
  void everyDayOfEveryAnnouncedYearAgreesWithTyme4j() {
    List<String> differences = new ArrayList<>();
    List<LocalDate> joinedWeekends = new ArrayList<>();
    int compared = 0;
    for (int year : calendar.announcedYears()) {
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        compared++;
        LegalHoliday reference = LegalHoliday.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        DayType expected = reference == null
            ? weekType(day)
            : reference.isWork() ? DayType.ADJUSTED_WORKING_DAY : DayType.HOLIDAY;
        DayType actual = calendar.dayType(day);
        if (expected == actual) {
          continue;
        }
        if (expected == DayType.HOLIDAY && actual == DayType.WEEKEND && nextToHoliday(day)) {
          // tyme4j lists the weekend that a notice's "与周末连休" joins to a one-day holiday;
          // the notice (and the file) name only the holiday itself. Both are days off.
          joinedWeekends.add(day);
          continue;
        }
        differences.add(day + " (" + day.getDayOfWeek() + "): config/holidays/" + year + ".yml says "
            + actual + calendar.holidayName(day).map(n -> " " + n).orElse("")
            + ", tyme4j says " + expected + (reference == null ? "" : " " + reference.getName()));
      }
    }

    assertThat(differences).as("days that differ from tyme4j").isEmpty();
    assertThat(compared).as("days compared (2021-2026)").isEqualTo(6 * 365 + 1);
    assertThat(joinedWeekends).as("weekends joined to a one-day holiday (与周末连休)")
        .containsExactly(
            LocalDate.of(2023, 12, 30), LocalDate.of(2023, 12, 31), // 元旦 2024: 1月1日放假，与周末连休
            LocalDate.of(2024, 6, 8), LocalDate.of(2024, 6, 9)); // 端午 2024: 6月10日放假，与周末连休
  }

  @Test
  void everyWorkingDayStatusAgreesWithTyme4jIncludingJoinedWeekends() {
    for (int year : calendar.announcedYears()) {
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        LegalHoliday reference = LegalHoliday.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        boolean expected = reference == null ? weekType(day).isWorking() : reference.isWork();
        assertThat(calendar.isWorkingDay(day)).as("working day %s", day).isEqualTo(expected);
      }
    }
  }

  @Test
  void yearsWithoutAnnouncedDataAreUnknownToTyme4jToo() {
    // When tyme4j learns a year that config/holidays marks "announced: false", this fails:
    // fill the file from the notice and let the cross-check above verify it.
    for (int year : calendar.unannouncedYears()) {
      long referenceDays = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
          .filter(d -> LegalHoliday.fromYmd(d.getYear(), d.getMonthValue(), d.getDayOfMonth()) != null)
          .count();
      assertThat(referenceDays)
          .as("tyme4j knows %s: fill config/holidays/%s.yml and set announced: true", year, year)
          .isZero();
    }
  }

  private static DayType weekType(LocalDate day) {
    DayOfWeek dayOfWeek = day.getDayOfWeek();
    return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY ? DayType.WEEKEND : DayType.WORKDAY;
  }

  private boolean nextToHoliday(LocalDate day) {
    return IntStream.rangeClosed(-2, 2)
        .mapToObj(day::plusDays)
        .filter(d -> calendar.covers(d.getYear()))
        .anyMatch(d -> calendar.dayType(d) == DayType.HOLIDAY);
  }
}
