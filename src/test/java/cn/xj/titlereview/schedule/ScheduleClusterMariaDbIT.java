package cn.xj.titlereview.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.listeners.SchedulerListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.notification.Notification;
import cn.xj.titlereview.notification.NotificationRepository;
import cn.xj.titlereview.notification.Notification.Channel;
import cn.xj.titlereview.notification.Notification.Kind;
import cn.xj.titlereview.notification.Notification.RecipientType;
import cn.xj.titlereview.notification.Notification.SourceType;
import cn.xj.titlereview.schedule.ScheduleRegistrar.Registration;
import cn.xj.titlereview.support.MariaDbIntegrationTest;
import cn.xj.titlereview.support.MariaDbTestDatabase;

/**
 * Clustered Quartz on the MySQL-family server: two independent schedulers (two "nodes", JDBC
 * JobStoreTX, isClustered) on the run's MariaDB test database, whose Quartz tables the product's
 * Flyway made (the product context of this class migrates it). Every trigger fires exactly once
 * across both nodes. Also: the registrar and the unique keys of V20 on that server.
 */
@MariaDbIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleClusterMariaDbIT {

    private static final Logger log = LoggerFactory.getLogger(ScheduleClusterMariaDbIT.class);
    private static final String CLUSTER = "scheduleClusterTest";
    private static final JobKey COUNTING_JOB = JobKey.jobKey("counting", "cluster-test");
    private static final int TRIGGERS = 20;

    static final Map<String, AtomicInteger> EXECUTIONS = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> BY_NODE = new ConcurrentHashMap<>();
    static volatile CountDownLatch executed = new CountDownLatch(0);

    @Autowired
    ScheduleRegistrar registrar;
    @Autowired
    Scheduler productScheduler;
    @Autowired
    WindowEventRepository events;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    StatisticsSnapshotService statistics;
    @Autowired
    StatisticsSnapshotRepository snapshots;
    @Autowired
    JdbcTemplate jdbc;

    private Scheduler nodeA;
    private Scheduler nodeB;
    private final CountDownLatch finalized = new CountDownLatch(TRIGGERS);

    @BeforeAll
    void startTwoNodes() throws SchedulerException {
        nodeA = node("node-a");
        nodeB = node("node-b");
        SchedulerListenerSupport onTriggerDone = new SchedulerListenerSupport() {
            @Override
            public void triggerFinalized(Trigger trigger) {
                if (trigger.getJobKey().equals(COUNTING_JOB)) {
                    finalized.countDown();
                }
            }
        };
        nodeA.getListenerManager().addSchedulerListener(onTriggerDone);
        nodeB.getListenerManager().addSchedulerListener(onTriggerDone);
        nodeA.start();
        nodeB.start();
    }

    @AfterAll
    void stopBothNodes() throws SchedulerException {
        if (nodeA != null) {
            nodeA.shutdown(true);
        }
        if (nodeB != null) {
            nodeB.shutdown(true);
        }
    }

    @Test
    void everyTriggerFiresExactlyOnceAcrossTwoClusteredNodes() throws Exception {
        EXECUTIONS.clear();
        BY_NODE.clear();
        executed = new CountDownLatch(TRIGGERS);
        nodeA.addJob(JobBuilder.newJob(CountingJob.class).withIdentity(COUNTING_JOB).storeDurably().build(), true);
        Date soon = Date.from(Instant.now().plusSeconds(2));
        for (int i = 1; i <= TRIGGERS; i++) {
            // half stored through each node: it is one job store
            (i % 2 == 0 ? nodeA : nodeB).scheduleJob(TriggerBuilder.newTrigger()
                    .withIdentity("fire-%02d".formatted(i), "cluster-test")
                    .forJob(COUNTING_JOB)
                    .startAt(soon)
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build());
        }

        assertThat(executed.await(90, TimeUnit.SECONDS)).as("all %d triggers fired", TRIGGERS).isTrue();
        // one-shot triggers are deleted once done: after this nothing can fire again
        assertThat(finalized.await(60, TimeUnit.SECONDS)).as("all triggers finalized").isTrue();

        log.info("集群测试：各节点执行次数 {}", BY_NODE);
        assertThat(EXECUTIONS).hasSize(TRIGGERS);
        assertThat(EXECUTIONS.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(BY_NODE.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(TRIGGERS);
        assertThat(jdbc.queryForList("select INSTANCE_NAME from QRTZ_SCHEDULER_STATE where SCHED_NAME = ?",
                String.class, CLUSTER)).containsExactlyInAnyOrder("node-a", "node-b");
        // the listeners run before the job store deletes a finished trigger: wait for both nodes
        // to finish their work before reading the store
        nodeA.shutdown(true);
        nodeB.shutdown(true);
        assertThat(jdbc.queryForObject("select count(*) from QRTZ_TRIGGERS where SCHED_NAME = ? and TRIGGER_GROUP = ?",
                Integer.class, CLUSTER, "cluster-test")).isZero();
    }

    @Test
    void registrarIsIdempotentOnMariaDb() throws SchedulerException {
        // the simulated campaigns of this run may have recorded the Akesu declaration close (a recorded
        // transition keeps no trigger): without its record the registrar schedules it once, then no more
        jdbc.update("delete from notice_window_event where notice_id = ? and window_name = ? and transition = ?",
                "notice-2024-akesu-coal", "declaration", "CLOSED");
        registrar.register();
        Registration first = registrar.register();
        int rows = triggerRows(productScheduler.getSchedulerName());
        Registration second = registrar.register();

        assertThat(first.scheduled()).isEmpty();
        assertThat(second.scheduled()).isEmpty();
        assertThat(second.rescheduled()).isEmpty();
        assertThat(triggerRows(productScheduler.getSchedulerName())).isEqualTo(rows);
        assertThat(productScheduler.getTrigger(
                org.quartz.TriggerKey.triggerKey("notice-2024-akesu-coal.declaration.CLOSED", ScheduleKeys.WINDOW_GROUP))
                .getStartTime().toInstant()).isEqualTo(ScheduleFixtures.beijing("2024-08-30T18:00:01"));
    }

    @Test
    void uniqueKeysHoldOnMariaDb() {
        Instant due = ScheduleFixtures.beijing("2099-08-30T18:00:01");
        events.record("notice-2099-cluster-test", "declaration", WindowTransition.CLOSED, due, Instant.now(), "node-a");
        assertThat(events.record("notice-2099-cluster-test", "declaration", WindowTransition.CLOSED, due,
                Instant.now(), "node-b")).isEqualTo(WindowEventRepository.Outcome.ALREADY_RECORDED);
        assertThat(events.findByNotice("notice-2099-cluster-test")).singleElement()
                .satisfies(e -> assertThat(e.dueAt()).isEqualTo(due));

        Notification reminder = new Notification(null, SourceType.TASK, "cluster-test-task-1", Kind.TASK_DUE, "cluster-test-task-1", null,
                "XJ2024ZC000900", "applicant_revise", due, RecipientType.CANDIDATE_USERS, java.util.List.of("user1"),
                Channel.LOG, "您有一项待办‘申报人修改材料’将于2099-08-30 18:00（北京时间）到期，请及时处理。申报编号：XJ2024ZC000900",
                Instant.now(), null, 0, null);
        assertThat(notifications.insert(reminder)).isPresent();
        assertThat(notifications.insert(reminder)).isEmpty();
        assertThat(notifications.find("cluster-test-task-1", Kind.TASK_DUE)).get()
                .satisfies(n -> assertThat(n.message()).contains("申报人修改材料"));

        statistics.snapshotAll(ScheduleFixtures.beijing("2099-01-02T01:00:00"));
        statistics.snapshotAll(ScheduleFixtures.beijing("2099-01-02T01:05:00"));
        assertThat(snapshots.dates(ScheduleFixtures.AKESU)).containsOnlyOnce(java.time.LocalDate.of(2099, 1, 2));
    }

    private int triggerRows(String schedulerName) {
        return jdbc.queryForObject("select count(*) from QRTZ_TRIGGERS where SCHED_NAME = ?", Integer.class,
                schedulerName);
    }

    /** One cluster node: its own Quartz scheduler, thread pool and connection pool on the same database. */
    private static Scheduler node(String instanceId) throws SchedulerException {
        String dataSource = "ds_" + instanceId.replace('-', '_');
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", CLUSTER);
        p.setProperty("org.quartz.scheduler.instanceId", instanceId);
        p.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", "3");
        p.setProperty("org.quartz.threadPool.threadNamePrefix", instanceId + "-worker");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "2000");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.jobStore.dataSource", dataSource);
        p.setProperty("org.quartz.dataSource." + dataSource + ".provider", "hikaricp");
        p.setProperty("org.quartz.dataSource." + dataSource + ".driver", "com.mysql.cj.jdbc.Driver");
        p.setProperty("org.quartz.dataSource." + dataSource + ".URL", MariaDbTestDatabase.url());
        p.setProperty("org.quartz.dataSource." + dataSource + ".user", MariaDbTestDatabase.user());
        p.setProperty("org.quartz.dataSource." + dataSource + ".password", MariaDbTestDatabase.password());
        p.setProperty("org.quartz.dataSource." + dataSource + ".maxConnections", "5");
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        // both nodes share one scheduler name, as a cluster does; in one JVM the repository holds one per name
        SchedulerRepository.getInstance().remove(CLUSTER);
        return scheduler;
    }

    /** Counts its executions per trigger and per node. */
    public static class CountingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            EXECUTIONS.computeIfAbsent(context.getTrigger().getKey().getName(), k -> new AtomicInteger()).incrementAndGet();
            try {
                BY_NODE.computeIfAbsent(context.getScheduler().getSchedulerInstanceId(), k -> new AtomicInteger())
                        .incrementAndGet();
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
            executed.countDown();
        }
    }
}
