package cn.xj.titlereview.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Running working-day timers follow a change of the holiday data; clock-time timers do not.
 * Model: src/test/resources/calendar/workday-timer.bpmn (a publicity task with a boundary timer
 * {@code ${workdays.afterWorkingDays(publishedAt, 5)}} and a {@code PT48H} one). The engine of
 * src/test/resources/camunda.cfg.xml records coverage, hence the coverage flavour of
 * ProcessEngineExtension.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = "calendar/workday-timer.bpmn")
class TimerRecalculationServiceTest {

  private static final String PROCESS = "test-workday-timer";
  private static final String REAL_DATA = HolidayCalendarLoader.DEFAULT_LOCATION;
  private static final String EXTENDED_NATIONAL_DAY = "classpath*:calendar/extended-national-day/*.yml";

  ProcessEngine processEngine;
  private RuntimeService runtimeService;
  private ManagementService managementService;
  private HistoryService historyService;

  private final AtomicReference<String> holidaysLocation = new AtomicReference<>(REAL_DATA);
  private WorkdayCalendar workdays;
  private TimerRecalculationService recalculation;

  @BeforeEach
  void registerWorkdaysAndSetClock() {
    runtimeService = processEngine.getRuntimeService();
    managementService = processEngine.getManagementService();
    historyService = processEngine.getHistoryService();
    workdays = new WorkdayCalendar(() -> HolidayCalendarLoader.load(holidaysLocation.get()));
    Mocks.register("workdays", workdays);
    recalculation = new TimerRecalculationService(managementService);
    ClockUtil.setCurrentTime(beijing("2024-09-27T10:00"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    managementService.deleteProperty(CalendarReloadService.FINGERPRINT_PROPERTY);
  }

  @Test
  void givenPublicityBeforeNationalDay2024_thenTimerDueAtEndOfFifthWorkingDay() {
    startPublicity(beijing("2024-09-27T10:00"));

    // 09-29 (Sunday, worked), 09-30, then 10-01..10-07 off, 10-08, 10-09, 10-10
    assertThat(publicityTimer().getDuedate()).isEqualTo(beijing("2024-10-10T23:59:59"));
    assertThat(fixWindowTimer().getDuedate()).isEqualTo(beijing("2024-09-29T10:00"));
  }

  @Test
  void givenHolidayExtended_whenRecalculated_thenWorkingDayTimerMovesAndClockTimerStays() {
    startPublicity(beijing("2024-09-27T10:00"));
    ClockUtil.setCurrentTime(beijing("2024-09-28T09:00"));

    workdays.replace(HolidayCalendarLoader.load(EXTENDED_NATIONAL_DAY));
    TimerRecalculationResult result = recalculation.recalculateWorkdayTimers();

    assertThat(result.found()).isEqualTo(1);
    assertThat(result.moved()).isEqualTo(1);
    assertThat(result.failures()).isEmpty();
    // 10-08 is now off: 09-29, 09-30, 10-09, 10-10, 10-11
    assertThat(publicityTimer().getDuedate()).isEqualTo(beijing("2024-10-11T23:59:59"));
    // PT48H from creation, not from the clock of the recalculation
    assertThat(fixWindowTimer().getDuedate()).isEqualTo(beijing("2024-09-29T10:00"));
  }

  @Test
  void givenRecalculatedTimer_whenEngineClockReachesNewDueDate_thenPublicityEnds() {
    ProcessInstance instance = startPublicity(beijing("2024-09-27T10:00"));
    workdays.replace(HolidayCalendarLoader.load(EXTENDED_NATIONAL_DAY));
    recalculation.recalculateWorkdayTimers();

    ClockUtil.setCurrentTime(beijing("2024-10-11T23:59:58"));
    assertThat(executablePublicityTimers()).isZero();

    ClockUtil.setCurrentTime(beijing("2024-10-12T00:00:00"));
    assertThat(executablePublicityTimers()).isOne();
    managementService.executeJob(publicityTimer().getId());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery()
            .processInstanceId(instance.getId()).activityType("noneEndEvent").list())
        .extracting(HistoricActivityInstance::getActivityId).containsExactly("publicity_ended");
  }

  @Test
  void givenUnchangedData_whenRecalculated_thenNothingMoves() {
    startPublicity(beijing("2024-09-27T10:00"));
    startPublicity(beijing("2024-02-05T10:00"));

    TimerRecalculationResult result = recalculation.recalculateWorkdayTimers();

    assertThat(result.found()).isEqualTo(2);
    assertThat(result.moved()).isZero();
    assertThat(result.unchanged()).isEqualTo(2);
  }

  @Test
  void givenNewDataWithoutTheTimersYear_whenRecalculated_thenFailureReportedAndDueDateKept() {
    ProcessInstance instance = startPublicity(beijing("2024-09-27T10:00"));

    workdays.replace(HolidayCalendarLoader.fromYaml(
        Map.of("config/holidays/2024.yml", "year: 2024\nannounced: false\n")));
    TimerRecalculationResult result = recalculation.recalculateWorkdayTimers();

    assertThat(result.found()).isEqualTo(1);
    assertThat(result.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.processInstanceId()).isEqualTo(instance.getId());
      assertThat(failure.activityId()).isEqualTo("timer_publicity_end");
      assertThat(failure.reason()).startsWith("缺少2024年的节假日安排数据（config/holidays/2024.yml）");
    });
    assertThat(publicityTimer().getDuedate()).isEqualTo(beijing("2024-10-10T23:59:59"));
  }

  @Test
  void givenPublicityRunningInto2027_whenStarted_thenRefusedWithChineseMessage() {
    ClockUtil.setCurrentTime(beijing("2026-12-25T10:00"));

    assertThatThrownBy(() -> startPublicity(beijing("2026-12-25T10:00")))
        .hasRootCauseInstanceOf(CalendarDataMissingException.class)
        .rootCause()
        .hasMessageStartingWith("缺少2027年的节假日安排数据（config/holidays/2027.yml）");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isZero();
  }

  @Test
  void givenFilesChanged_whenReloaded_thenTimersRecalculatedAndFingerprintStored() {
    CalendarReloadService reload = new CalendarReloadService(workdays, recalculation, managementService, true);
    startPublicity(beijing("2024-09-27T10:00"));

    holidaysLocation.set(EXTENDED_NATIONAL_DAY);
    CalendarReloadService.CalendarReloadResult result = reload.reload();

    assertThat(result.dataChanged()).isTrue();
    assertThat(result.years()).containsExactly(2024);
    assertThat(result.timers().moved()).isEqualTo(1);
    assertThat(publicityTimer().getDuedate()).isEqualTo(beijing("2024-10-11T23:59:59"));
    assertThat(managementService.getProperties())
        .containsEntry(CalendarReloadService.FINGERPRINT_PROPERTY, workdays.calendar().fingerprint());
    assertThat(reload.recalculateIfDataChanged()).as("same data as stored: nothing to do").isNull();
  }

  @Test
  void givenInvalidFiles_whenReloaded_thenRefusedAndDataInUseKept() {
    CalendarReloadService reload = new CalendarReloadService(workdays, recalculation, managementService, true);
    startPublicity(beijing("2024-09-27T10:00"));
    HolidayCalendar before = workdays.calendar();

    holidaysLocation.set("classpath*:calendar/invalid/*.yml");

    assertThatThrownBy(reload::reload)
        .isInstanceOf(HolidayDataException.class)
        .hasMessageContaining("2024.yml：holidays[0].from：开始日期 2024-10-07 晚于结束日期 2024-10-01");
    assertThat(workdays.calendar()).isSameAs(before);
    assertThat(publicityTimer().getDuedate()).isEqualTo(beijing("2024-10-10T23:59:59"));
  }

  @Test
  void givenNewReleaseWithOtherData_whenStarted_thenTimersRecalculatedOnce() {
    startPublicity(beijing("2024-09-27T10:00"));
    managementService.setProperty(CalendarReloadService.FINGERPRINT_PROPERTY, workdays.calendar().fingerprint());
    // the application restarts with other files: a new bean on the new data
    holidaysLocation.set(EXTENDED_NATIONAL_DAY);
    WorkdayCalendar restarted = new WorkdayCalendar(() -> HolidayCalendarLoader.load(holidaysLocation.get()));
    Mocks.register("workdays", restarted);
    CalendarReloadService reload = new CalendarReloadService(restarted, recalculation, managementService, true);

    reload.onApplicationReady();

    assertThat(publicityTimer().getDuedate()).isEqualTo(beijing("2024-10-11T23:59:59"));
    assertThat(managementService.getProperties())
        .containsEntry(CalendarReloadService.FINGERPRINT_PROPERTY, restarted.calendar().fingerprint());
    assertThat(reload.recalculateIfDataChanged()).isNull();
  }

  private ProcessInstance startPublicity(Date publishedAt) {
    return runtimeService.startProcessInstanceByKey(PROCESS, Map.of("publishedAt", publishedAt));
  }

  private Job publicityTimer() {
    return managementService.createJobQuery().timers().activityId("timer_publicity_end").singleResult();
  }

  private Job fixWindowTimer() {
    return managementService.createJobQuery().timers().activityId("timer_fix_window").singleResult();
  }

  private long executablePublicityTimers() {
    return managementService.createJobQuery().activityId("timer_publicity_end").executable().count();
  }

  private static Date beijing(String localDateTime) {
    String text = localDateTime.length() == 16 ? localDateTime + ":00" : localDateTime;
    return Date.from(OffsetDateTime.parse(text + "+08:00").toInstant());
  }
}
