package cn.xj.titlereview.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Publicity deadlines on real holiday arrangements (data from config/holidays). */
class WorkdayCalendarTest {

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  private final WorkdayCalendar workdays = WorkdayCalendar.of(HolidayCalendarLoader.loadDefault());

  @ParameterizedTest(name = "published {0}, 5 working days: ends {1} 23:59:59")
  @CsvSource({
      // 中秋节、国庆节 2023: 09-29..10-06 off, Saturday 10-07 and Sunday 10-08 worked
      "2023-09-27T10:00, 2023-10-10", // 09-28, 10-07, 10-08, 10-09, 10-10
      "2023-09-28T09:00, 2023-10-11", // 10-07, 10-08, 10-09, 10-10, 10-11
      "2023-10-01T12:00, 2023-10-11", // published on a holiday: same count from 10-07
      // 春节 2024: 02-10..02-17 off, Sundays 02-04 and 02-18 worked; 除夕 02-09 is a working day
      "2024-02-02T10:00, 2024-02-08", // 02-04 (Sunday, worked), 02-05, 02-06, 02-07, 02-08
      "2024-02-05T10:00, 2024-02-18", // 02-06, 02-07, 02-08, 02-09, 02-18 (Sunday, worked)
      "2024-02-08T10:00, 2024-02-21", // 02-09, 02-18, 02-19, 02-20, 02-21
      // 国庆节 2024: 09-29 (Sunday) worked, 10-01..10-07 off, 10-12 (Saturday) worked
      "2024-09-27T10:00, 2024-10-10", // 09-29, 09-30, 10-08, 10-09, 10-10
      "2024-10-09T10:00, 2024-10-15", // 10-10, 10-11, 10-12 (Saturday, worked), 10-14, 10-15
      // 春节 2025: 01-28..02-04 off, Sunday 01-26 and Saturday 02-08 worked
      "2025-01-24T10:00, 2025-02-07", // 01-26, 01-27, 02-05, 02-06, 02-07
      "2025-01-27T10:00, 2025-02-10", // 02-05, 02-06, 02-07, 02-08 (Saturday, worked), 02-10
      // 国庆节、中秋节 2025: 09-28 (Sunday) worked, 10-01..10-08 off, 10-11 (Saturday) worked
      "2025-09-26T10:00, 2025-10-10", // 09-28, 09-29, 09-30, 10-09, 10-10
      // 2021: 春节 02-11..02-17 off, 02-07 and 02-20 worked; 国庆 10-01..10-07, 09-26 and 10-09 worked
      "2021-02-08T10:00, 2021-02-20", // 02-09, 02-10, 02-18, 02-19, 02-20 (Saturday, worked)
      "2021-09-29T10:00, 2021-10-12", // 09-30, 10-08, 10-09 (Saturday, worked), 10-11, 10-12
      // 2022: 春节 01-31..02-06 off, 01-29 and 01-30 worked; 国庆 10-01..10-07, 10-08 and 10-09 worked
      "2022-01-27T10:00, 2022-02-08", // 01-28, 01-29, 01-30, 02-07, 02-08
      "2022-09-29T10:00, 2022-10-11", // 09-30, 10-08, 10-09, 10-10, 10-11
      // 2026: 春节 02-15..02-23 off, 02-14 and 02-28 worked; 中秋 09-25..27, 国庆 10-01..07
      "2026-02-12T10:00, 2026-02-26", // 02-13, 02-14 (Saturday, worked), 02-24, 02-25, 02-26
      "2026-09-24T10:00, 2026-10-09", // 09-28, 09-29, 09-30, 10-08, 10-09
      // across a year end
      "2022-12-28T10:00, 2023-01-05", // 12-29, 12-30; 元旦 2023 12-31..01-02; 01-03, 01-04, 01-05
      "2024-12-27T10:00, 2025-01-06", // 12-30, 12-31; 元旦 2025 01-01; 01-02, 01-03, 01-06
      "2025-12-29T10:00, 2026-01-06", // 12-30, 12-31; 元旦 2026 01-01..03; 01-04 (Sunday, worked), 01-05, 01-06
  })
  void givenPublicationInstant_whenFiveWorkingDays_thenEndsAtEndOfFifthWorkingDay(
      String publishedBeijing, LocalDate lastDay) {
    Date published = beijing(publishedBeijing);

    Date end = workdays.afterWorkingDays(published, 5);

    assertThat(end.toInstant()).isEqualTo(lastDay.atTime(23, 59, 59).atOffset(BEIJING).toInstant());
    assertThat(workdays.workingDaysBetween(workdays.beijingDate(published), lastDay)).isEqualTo(5);
  }

  @Test
  void givenPublicationAtAnyHourOfTheDay_thenTheDayOfPublicationIsNeverCounted() {
    Date early = beijing("2023-09-27T00:00");
    Date late = beijing("2023-09-27T23:59:59");

    assertThat(workdays.afterWorkingDays(early, 5)).isEqualTo(workdays.afterWorkingDays(late, 5));
    assertThat(workdays.afterWorkingDays(late, 5).toInstant())
        .isEqualTo(OffsetDateTime.parse("2023-10-10T23:59:59+08:00").toInstant());
  }

  @Test
  void givenInstantAfterMidnightInBeijingButBeforeInUtc_thenBeijingDateDecides() {
    // 2023-09-27T17:30Z is 2023-09-28 01:30 in Beijing: counting starts after 09-28
    Date published = Date.from(OffsetDateTime.parse("2023-09-27T17:30:00Z").toInstant());

    assertThat(workdays.afterWorkingDays(published, 5).toInstant())
        .isEqualTo(OffsetDateTime.parse("2023-10-11T23:59:59+08:00").toInstant());
  }

  @Test
  void givenAnyJvmTimeZone_thenResultsAreInBeijingTime() {
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      Date published = beijing("2024-02-05T10:00");

      assertThat(workdays.afterWorkingDays(published, 5).toInstant())
          .isEqualTo(OffsetDateTime.parse("2024-02-18T23:59:59+08:00").toInstant());
      assertThat(workdays.isWorkingDayAt(beijing("2024-02-18T08:00"))).isTrue();
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void givenHolidaysAndAdjustedWorkingDays_thenWorkingDayStatusFollowsTheNotice() {
    assertThat(workdays.isWorkingDay(LocalDate.of(2024, 2, 9))).as("除夕 2024, Friday").isTrue();
    assertThat(workdays.isWorkingDay(LocalDate.of(2024, 2, 12))).as("春节, Monday").isFalse();
    assertThat(workdays.isWorkingDay(LocalDate.of(2024, 2, 4))).as("adjusted Sunday").isTrue();
    assertThat(workdays.isWorkingDay(LocalDate.of(2024, 2, 3))).as("plain Saturday").isFalse();
    assertThat(workdays.isWorkingDay(LocalDate.of(2022, 12, 31))).as("元旦 2023 starts in 2022").isFalse();
    assertThat(workdays.calendar().dayType(LocalDate.of(2022, 12, 31))).isEqualTo(DayType.HOLIDAY);
    assertThat(workdays.calendar().holidayName(LocalDate.of(2023, 10, 8))).contains("中秋节、国庆节");
  }

  @Test
  void givenWorkingDayArithmetic_thenAddAndBetweenAreInverse() {
    LocalDate start = LocalDate.of(2023, 9, 27);

    assertThat(workdays.addWorkingDays(start, 5)).isEqualTo(LocalDate.of(2023, 10, 10));
    assertThat(workdays.addWorkingDays(LocalDate.of(2023, 10, 10), -5)).isEqualTo(start);
    assertThat(workdays.addWorkingDays(start, 0)).isEqualTo(start);
    assertThat(workdays.workingDaysBetween(start, LocalDate.of(2023, 10, 10))).isEqualTo(5);
    assertThat(workdays.workingDaysBetween(LocalDate.of(2023, 10, 10), start)).isEqualTo(-5);
    assertThat(workdays.workingDaysBetween(start, start)).isZero();
    assertThat(workdays.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .as("working days of 2024 after New Year's Day").isEqualTo(251);
  }

  @Test
  void givenPublicityRunningIntoAYearWithoutAnnouncedData_thenRefusedWithChineseMessage() {
    // 2026-12-28..31 are four working days; the fifth lies in 2027, whose notice is not recorded
    Date published = beijing("2026-12-25T10:00");

    assertThatThrownBy(() -> workdays.afterWorkingDays(published, 5))
        .isInstanceOf(CalendarDataMissingException.class)
        .hasMessageStartingWith("缺少2027年的节假日安排数据（config/holidays/2027.yml）")
        .satisfies(e -> assertThat(((CalendarDataMissingException) e).getYear()).isEqualTo(2027));
    assertThat(workdays.afterWorkingDays(published, 4).toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-12-31T23:59:59+08:00").toInstant());
  }

  @Test
  void givenADateInAYearWithoutFile_thenRefusedWithChineseMessage() {
    assertThatThrownBy(() -> workdays.isWorkingDay(LocalDate.of(2020, 5, 6)))
        .isInstanceOf(CalendarDataMissingException.class)
        .hasMessage("缺少2020年的节假日安排数据（config/holidays/2020.yml）");
    assertThatThrownBy(() -> workdays.afterWorkingDays(beijing("2020-12-20T10:00"), 5))
        .isInstanceOf(CalendarDataMissingException.class)
        .hasMessage("缺少2020年的节假日安排数据（config/holidays/2020.yml）");
    assertThatThrownBy(() -> workdays.isWorkingDay(LocalDate.of(2028, 1, 3)))
        .isInstanceOf(CalendarDataMissingException.class)
        .hasMessage("缺少2028年的节假日安排数据（config/holidays/2028.yml）");
  }

  @Test
  void givenInvalidArguments_thenRefused() {
    assertThatThrownBy(() -> workdays.afterWorkingDays(null, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("计算工作日期限时缺少开始时间");
    assertThatThrownBy(() -> workdays.afterWorkingDays(new Date(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("工作日数至少为1，实为0");
  }

  private static Date beijing(String localDateTime) {
    String text = localDateTime.length() == 16 ? localDateTime + ":00" : localDateTime;
    return Date.from(OffsetDateTime.parse(text + "+08:00").toInstant());
  }
}
