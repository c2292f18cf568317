package cn.xj.titlereview.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The beans as Spring creates them (a minimal context, no engine, no web server). */
class CalendarWiringTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withBean(ManagementService.class, () -> mock(ManagementService.class))
      .withBean("workdays", WorkdayCalendar.class)
      .withBean(TimerRecalculationService.class)
      .withBean(CalendarReloadService.class)
      .withBean(CalendarAdminController.class);

  @Test
  void givenDefaults_thenWorkdaysBeanLoadsTheProductsHolidayFiles() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      WorkdayCalendar workdays = context.getBean("workdays", WorkdayCalendar.class);
      assertThat(workdays.calendar().announcedYears()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
      assertThat(workdays.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue();
    });
  }

  @Test
  void givenHolidaysLocationProperty_thenThoseFilesAreLoaded() {
    runner.withPropertyValues("titlereview.calendar.holidays-location=classpath*:calendar/extended-national-day/*.yml")
        .run(context -> assertThat(context.getBean(WorkdayCalendar.class).calendar().years()).containsOnlyKeys(2024));
  }

  @Test
  void givenInvalidFiles_thenApplicationDoesNotStart() {
    runner.withPropertyValues("titlereview.calendar.holidays-location=classpath*:calendar/invalid/*.yml")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause()
            .isInstanceOf(HolidayDataException.class)
            .hasMessageContaining("2024.yml：holidays[0].from：开始日期 2024-10-07 晚于结束日期 2024-10-01"));
  }
}
