package cn.xj.titlereview.schedule;

import static cn.xj.titlereview.schedule.ScheduleFixtures.beijing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.campaign.DirectRecognitionFacts;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.LoadedNotice;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.schedule.StatisticsSnapshot.ActivityCount;
import cn.xj.titlereview.schedule.StatisticsSnapshot.StatusCount;
import cn.xj.titlereview.support.H2IntegrationTest;
import org.springframework.context.ApplicationContext;
import cn.xj.titlereview.application.DeclaredStarts;

/** Nightly counts per notice on the product's engine (H2), with the statistics process of reminder-test.bpmn. */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsSnapshotH2Test {

    private static final String PROCESS = "test-schedule-statistics";

    @Autowired
    StatisticsSnapshotService statistics;
    @Autowired
    StatisticsSnapshotRepository snapshots;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    NoticeCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    ApplicationContext context;

    private String deploymentId;

    @BeforeAll
    void deploy() {
        deploymentId = repositoryService.createDeployment().name("schedule-statistics-test")
                .addClasspathResource("schedule/reminder-test.bpmn").deploy().getId();
    }

    @AfterAll
    void undeploy() {
        repositoryService.deleteDeployment(deploymentId, true);
        jdbc.update("delete from notice_statistics_snapshot where notice_id = ? or snapshot_date = ?", PROCESS,
                LocalDate.of(2030, 1, 2));
    }

    @Test
    void countsRunningByActivityAndFinishedByFinalStatus_onTheBeijingDate() {
        List<String> ids = new ArrayList<>();
        ids.add(start(false, null));
        ids.add(start(false, null));
        start(true, "APPROVED");
        start(true, "APPROVED");
        start(true, "REJECTED");
        start(true, null);

        // 01:00 in Beijing is still the day before in UTC
        StatisticsSnapshot snapshot = statistics.take(PROCESS, beijing("2024-10-12T01:00:00"));

        assertThat(snapshot.snapshotDate()).isEqualTo(LocalDate.of(2024, 10, 12));
        assertThat(snapshot.runningTotal()).isEqualTo(2);
        assertThat(snapshot.detail().running()).containsExactly(new ActivityCount(PROCESS, "statistics_review", "单位审核", 2));
        assertThat(snapshot.finishedTotal()).isEqualTo(4);
        assertThat(snapshot.detail().finished()).containsExactly(
                new StatusCount("APPROVED", "评审通过", 2),
                new StatusCount("REJECTED", "未通过", 1),
                new StatusCount("NONE", "未记录结果", 1));
        ids.forEach(id -> runtimeService.deleteProcessInstance(id, "测试结束"));
    }

    @Test
    void secondRunOnTheSameDayReplacesThatDaysRow() {
        Instant firstRun = beijing("2024-10-13T01:00:00");
        StatisticsSnapshot first = statistics.take(PROCESS, firstRun);
        StatisticsSnapshot later = new StatisticsSnapshot(PROCESS, first.snapshotDate(), firstRun.plusSeconds(3600),
                first.runningTotal() + 5, first.finishedTotal() + 1, first.detail());

        assertThat(snapshots.save(first)).isFalse();
        assertThat(snapshots.save(later)).isTrue();

        StatisticsSnapshot stored = snapshots.find(PROCESS, LocalDate.of(2024, 10, 13)).orElseThrow();
        assertThat(stored.runningTotal()).isEqualTo(first.runningTotal() + 5);
        assertThat(stored.takenAt()).isEqualTo(beijing("2024-10-13T02:00:00"));
        assertThat(stored.detail()).isEqualTo(first.detail());
        assertThat(snapshots.dates(PROCESS)).containsExactly(LocalDate.of(2024, 10, 13));
    }

    @Test
    void nightlyRunWritesOneRowPerNoticeEvenWhenRunTwice() {
        Instant night = beijing("2030-01-02T01:00:00");

        statistics.snapshotAll(night);
        statistics.snapshotAll(night.plusSeconds(60));

        for (LoadedNotice notice : catalog.all()) {
            assertThat(snapshots.dates(notice.id())).contains(LocalDate.of(2030, 1, 2));
            assertThat(jdbc.queryForObject("select count(*) from notice_statistics_snapshot where notice_id = ? "
                    + "and snapshot_date = ?", Integer.class, notice.id(), LocalDate.of(2030, 1, 2))).isEqualTo(1);
            StatisticsSnapshot stored = snapshots.find(notice.id(), LocalDate.of(2030, 1, 2)).orElseThrow();
            assertThat(stored.detail().processDefinitionKey()).isEqualTo(notice.id());
            assertThat(stored.takenAt()).isEqualTo(night.plusSeconds(60));
        }
    }

    @Test
    void directRecognitionApplicationsCountUnderTheirNotice() {
        String notice = "notice-2023-hami-all-series";
        String path = notice + "-direct-recognition";
        Instant night = beijing("2023-09-13T01:00:00");
        StatisticsSnapshot before = statistics.take(notice, night);

        String running = startDirectRecognition(notice, "STAT-HM-DR-1", 3);
        startDirectRecognition(notice, "STAT-HM-DR-2", 2);
        StatisticsSnapshot after = statistics.take(notice, night);

        assertThat(after.runningTotal()).isEqualTo(before.runningTotal() + 1);
        assertThat(after.finishedTotal()).isEqualTo(before.finishedTotal() + 1);
        assertThat(count(after, path, "call_unit_review")).isEqualTo(count(before, path, "call_unit_review") + 1);
        assertThat(after.detail().running()).filteredOn(a -> a.processDefinitionKey().equals(path))
                .extracting(ActivityCount::activityName).contains("单位审核与公示");
        assertThat(finished(after, "INELIGIBLE")).isEqualTo(finished(before, "INELIGIBLE") + 1);
        runtimeService.deleteProcessInstance(running, "测试结束");
    }

    private String startDirectRecognition(String notice, String applicationNo, int villageWorkYears) {
        ApplicationProcessStart start = new ApplicationProcessStart(applicationNo, notice, Level.INTERMEDIATE, "农业系列",
                "农业", "650500001", "sbhm01", ApplicationFacts.none())
                .withDirectRecognition(new DirectRecognitionFacts(Level.ASSISTANT, villageWorkYears, villageWorkYears, false));
        return DeclaredStarts.in(context).start(start).getId();
    }

    private static long count(StatisticsSnapshot snapshot, String key, String activityId) {
        return snapshot.detail().running().stream()
                .filter(a -> a.processDefinitionKey().equals(key) && a.activityId().equals(activityId))
                .mapToLong(ActivityCount::count).sum();
    }

    private static long finished(StatisticsSnapshot snapshot, String status) {
        return snapshot.detail().finished().stream().filter(c -> c.finalStatus().equals(status))
                .mapToLong(StatusCount::count).sum();
    }

    private String start(boolean endNow, String finalStatus) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("endNow", endNow);
        if (finalStatus != null) {
            variables.put("finalStatus", finalStatus);
        }
        return runtimeService.startProcessInstanceByKey(PROCESS, variables).getId();
    }
}
