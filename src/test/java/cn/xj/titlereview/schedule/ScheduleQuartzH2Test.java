package cn.xj.titlereview.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.schedule.ScheduleRegistrar.Registration;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * The registrar against Quartz's JDBC job store of the product context (H2): one trigger per
 * window transition of the notice files, idempotent re-registration, and the past windows fired
 * once when the scheduler runs. Each test starts from "nothing recorded, no window trigger" and
 * leaves the context as its start-up left it.
 */
@H2IntegrationTest
class ScheduleQuartzH2Test {

    @Autowired
    Scheduler scheduler;
    @Autowired
    ScheduleRegistrar registrar;
    @Autowired
    NoticeCatalog catalog;
    @Autowired
    WindowEventRepository events;
    @Autowired
    JdbcTemplate jdbc;

    private Set<String> planned;

    @BeforeEach
    void nothingRecordedAndNoWindowTrigger() throws SchedulerException {
        planned = catalog.all().stream()
                .flatMap(n -> NoticeWindowPlanner.plan(n.definition()).stream())
                .map(PlannedWindowTransition::triggerName)
                .collect(Collectors.toSet());
        clearWindows();
    }

    @AfterEach
    void restoreStartUpState() throws SchedulerException {
        scheduler.standby();
        clearWindows();
        registrar.register();
    }

    @Test
    void registrarStoresOneTriggerPerWindowTransitionInTheJdbcStore() {
        Registration registration = registrar.register();

        assertThat(registration.scheduled()).containsAll(planned);
        assertThat(storedWindowTriggers()).containsExactlyInAnyOrderElementsOf(planned);
        assertThat(storedWindowTriggers()).contains("notice-2024-akesu-coal.declaration.CLOSED");
        assertThat(jdbc.queryForList("select TRIGGER_NAME from QRTZ_SIMPLE_TRIGGERS where SCHED_NAME = ? "
                + "and TRIGGER_GROUP = 'notice-window'", String.class, schedulerName())).hasSize(planned.size());
    }

    @Test
    void cronTriggersRunInBeijingTime() throws SchedulerException {
        registrar.register();

        CronTrigger reminders = (CronTrigger) scheduler.getTrigger(ScheduleKeys.REMINDER_TRIGGER);
        CronTrigger statistics = (CronTrigger) scheduler.getTrigger(ScheduleKeys.STATISTICS_TRIGGER);
        assertThat(reminders.getCronExpression()).isEqualTo("0 0/30 * * * ?");
        assertThat(statistics.getCronExpression()).isEqualTo("0 0 1 * * ?");
        assertThat(statistics.getTimeZone().getID()).isEqualTo("Asia/Shanghai");
        // 01:00 in Beijing is 17:00 UTC the day before, the JVM here running on UTC
        assertThat(statistics.getNextFireTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalTime())
                .isEqualTo(LocalTime.of(1, 0));
        assertThat(statistics.getNextFireTime().toInstant().atZone(ZoneOffset.UTC).toLocalTime())
                .isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void secondRegistrationLeavesEveryTriggerAsItWas() throws SchedulerException {
        registrar.register();
        Date before = scheduler.getTrigger(triggerKey("notice-2024-akesu-coal.declaration.CLOSED")).getStartTime();
        int rows = triggerRows();

        Registration again = registrar.register();

        assertThat(again.scheduled()).isEmpty();
        assertThat(again.rescheduled()).isEmpty();
        assertThat(again.removed()).isEmpty();
        assertThat(again.unchanged()).containsAll(planned)
                .contains(ScheduleKeys.REMINDER_TRIGGER.getName(), ScheduleKeys.STATISTICS_TRIGGER.getName());
        assertThat(triggerRows()).isEqualTo(rows);
        assertThat(storedWindowTriggers()).containsExactlyInAnyOrderElementsOf(planned);
        assertThat(scheduler.getTrigger(triggerKey("notice-2024-akesu-coal.declaration.CLOSED")).getStartTime())
                .isEqualTo(before);
    }

    @Test
    void changedWindowDateMovesItsTrigger() throws SchedulerException {
        registrar.register();
        // as if an earlier version of the notice file had said 2024-08-31
        String name = "notice-2024-akesu-coal.declaration.CLOSED";
        Trigger old = scheduler.getTrigger(triggerKey(name));
        scheduler.rescheduleJob(old.getKey(), old.getTriggerBuilder()
                .startAt(Date.from(ScheduleFixtures.beijing("2024-08-31T18:00:01"))).build());

        Registration registration = registrar.register();

        assertThat(registration.rescheduled()).containsExactly(name);
        assertThat(scheduler.getTrigger(triggerKey(name)).getStartTime().toInstant())
                .isEqualTo(ScheduleFixtures.beijing("2024-08-30T18:00:01"));
        assertThat(storedWindowTriggers()).hasSize(planned.size());
    }

    @Test
    void triggerOfAWindowNoLongerInTheFilesIsRemoved() throws SchedulerException {
        registrar.register();
        scheduler.scheduleJob(TriggerBuilder.newTrigger()
                .withIdentity(triggerKey("notice-2020-removed.declaration.OPENED"))
                .forJob(ScheduleKeys.WINDOW_JOB)
                .startAt(Date.from(Instant.parse("2030-01-01T00:00:00Z")))
                .build());

        Registration registration = registrar.register();

        assertThat(registration.removed()).containsExactly("notice-2020-removed.declaration.OPENED");
        assertThat(storedWindowTriggers()).containsExactlyInAnyOrderElementsOf(planned);
    }

    @Test
    void recordedTransitionGetsNoTrigger() {
        PlannedWindowTransition open = NoticeWindowPlanner.plan(ScheduleFixtures.notice(ScheduleFixtures.AKESU)).get(0);
        events.record(open.noticeId(), open.windowName(), open.transition(), open.dueAt(), Instant.now(), "test");

        Registration registration = registrar.register();

        assertThat(registration.alreadyRecorded()).containsExactly(open.triggerName());
        assertThat(storedWindowTriggers()).doesNotContain(open.triggerName()).hasSize(planned.size() - 1);
    }

    @Test
    void pastWindowsFireOnceWhenTheSchedulerRuns_andAreNotScheduledAgain() throws Exception {
        registrar.register();
        CountDownLatch fired = new CountDownLatch(planned.size());
        JobListenerSupport listener = new JobListenerSupport() {
            @Override
            public String getName() {
                return "schedule-test-window-listener";
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, JobExecutionException exception) {
                fired.countDown();
            }
        };
        scheduler.getListenerManager().addJobListener(listener, KeyMatcher.keyEquals(ScheduleKeys.WINDOW_JOB));
        try {
            // every window of the 2021-2024 notices is past: misfired, "fire now"
            scheduler.start();
            assertThat(fired.await(60, TimeUnit.SECONDS)).as("all window transitions fired").isTrue();
        } finally {
            scheduler.standby();
            scheduler.getListenerManager().removeJobListener(listener.getName());
        }

        List<String> recorded = jdbc.queryForList(
                "select concat(notice_id, '.', window_name, '.', transition) from notice_window_event", String.class);
        assertThat(recorded).containsExactlyInAnyOrderElementsOf(planned);
        assertThat(events.find(ScheduleFixtures.AKESU, "declaration", WindowTransition.CLOSED)).get()
                .satisfies(e -> {
                    assertThat(e.dueAt()).isEqualTo(ScheduleFixtures.beijing("2024-08-30T18:00:01"));
                    assertThat(e.firedAt()).isAfter(e.dueAt());
                    assertThat(e.firedBy()).isNotBlank();
                });

        Registration afterwards = registrar.register();
        assertThat(afterwards.alreadyRecorded()).containsExactlyInAnyOrderElementsOf(planned);
        assertThat(storedWindowTriggers()).isEmpty();
    }

    private void clearWindows() throws SchedulerException {
        jdbc.update("delete from notice_window_event");
        List<org.quartz.TriggerKey> keys = List.copyOf(
                scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(ScheduleKeys.WINDOW_GROUP)));
        scheduler.unscheduleJobs(keys);
    }

    private List<String> storedWindowTriggers() {
        return jdbc.queryForList("select TRIGGER_NAME from QRTZ_TRIGGERS where SCHED_NAME = ? and TRIGGER_GROUP = ?",
                String.class, schedulerName(), ScheduleKeys.WINDOW_GROUP);
    }

    private int triggerRows() {
        return jdbc.queryForObject("select count(*) from QRTZ_TRIGGERS where SCHED_NAME = ?", Integer.class,
                schedulerName());
    }

    private String schedulerName() {
        try {
            return scheduler.getSchedulerName();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.quartz.TriggerKey triggerKey(String name) {
        return org.quartz.TriggerKey.triggerKey(name, ScheduleKeys.WINDOW_GROUP);
    }

}
