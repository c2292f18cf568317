package cn.xj.titlereview.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.schedule.StatisticsSnapshotService;
import cn.xj.titlereview.supervision.CampaignProgress.Group;
import cn.xj.titlereview.supervision.CampaignProgress.Status;
import cn.xj.titlereview.supervision.CampaignProgress.Step;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.H2IntegrationTest;
import org.springframework.context.ApplicationContext;
import cn.xj.titlereview.application.DeclaredStarts;

/**
 * {@code GET /api/notices/{id}/progress} on the Hami notice. The shared context holds other tests'
 * applications of the same notice, so each check compares two readings at the same engine time, with one
 * change of ours in between: a new application at the unit's review, its task's due date one second
 * before / at / after now, a publicity timer due and not run, a withdrawal, an approval at the HR bureau.
 * Who may read: the supervisor, the administrator and the notice's HR bureau; a unit's reviewer and
 * another notice's HR bureau get 403, an unknown notice 404.
 */
@H2IntegrationTest
class CampaignProgressTest {

    static final String NOTICE = "notice-2023-hami-all-series";
    static final String UNIT = "650500001";
    static final String UNIT_STEP = "call_unit_review";
    static final String COMPETENT_STEP = "call_competent_recommend";
    static final String HR_STEP = "call_hr_confirm";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    StatisticsSnapshotService statistics;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void countsPerStepUnitOverdueAndFinishedAsTheEngineChanges() {
        CampaignRunner runner = new CampaignRunner(rest, engine);
        CampaignDriver driver = runner.driver();
        driver.clockTo("2023-09-12T09:00");
        String competent = start("PA");
        String publicity = start("PB");
        String approved = start("PC");
        runner.runUntil(competent, "competent_recommend");
        runner.runUntil(approved, "hr_confirm");
        driver.approve("dwhm01", publicity, "unit_review");
        Job publicityTimer = managementService.createJobQuery().rootProcessInstanceId(runner.rootInstance(publicity).getId()).timers().singleResult();
        assertThat(publicityTimer).as("the unit's publicity waits for its timer").isNotNull();
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(3600)));
        Instant now = ClockUtil.getCurrentTime().toInstant();
        publicityTimer = managementService.createJobQuery().jobId(publicityTimer.getId()).singleResult();
        assertThat(publicityTimer.getDuedate().toInstant()).as("publicity not over yet").isAfter(now);

        CampaignProgress before = read("jdxj01");
        assertThat(before.countedAt()).isEqualTo(now);
        assertThat(before.noticeTitle()).contains("哈密");
        assertThat(step(before, UNIT_STEP).name()).isEqualTo("单位审核与公示");
        assertThat(step(before, UNIT_STEP).count()).isGreaterThanOrEqualTo(1);
        assertThat(step(before, COMPETENT_STEP).count()).isGreaterThanOrEqualTo(1);
        assertThat(step(before, HR_STEP).count()).isGreaterThanOrEqualTo(1);
        assertThat(before.steps()).extracting(Step::activityId).containsSubsequence(UNIT_STEP, COMPETENT_STEP, HR_STEP);
        // every running application sits at one step at least (a parallel one at more)
        assertThat(before.steps().stream().mapToLong(Step::count).sum()).isGreaterThanOrEqualTo(before.running());
        assertThat(unit(before).name()).isEqualTo("哈密市农业技术推广中心");

        // a new application at the unit's review
        String fresh = start("PD");
        CampaignProgress started = read("jdxj01");
        assertThat(started.running()).isEqualTo(before.running() + 1);
        assertThat(step(started, UNIT_STEP).count()).isEqualTo(step(before, UNIT_STEP).count() + 1);
        assertThat(step(started, COMPETENT_STEP).count()).isEqualTo(step(before, COMPETENT_STEP).count());
        assertThat(unit(started).running()).isEqualTo(unit(before).running() + 1);
        assertThat(committeeRunning(started)).isEqualTo(committeeRunning(before) + 1);
        assertThat(started.overdue()).isEqualTo(before.overdue());

        // its review task: due a second after now, at now (neither overdue), a second before now (overdue)
        Task review = taskService.createTaskQuery().processInstanceBusinessKey(fresh).taskDefinitionKey("unit_review")
                .singleResult();
        due(review, now.plusSeconds(1));
        assertThat(read("jdxj01").overdue()).isEqualTo(before.overdue());
        due(review, now);
        assertThat(read("jdxj01").overdue()).isEqualTo(before.overdue());
        due(review, now.minusSeconds(1));
        CampaignProgress late = read("jdxj01");
        assertThat(late.overdue()).isEqualTo(before.overdue() + 1);
        assertThat(step(late, UNIT_STEP).overdue()).isEqualTo(step(before, UNIT_STEP).overdue() + 1);
        assertThat(step(late, COMPETENT_STEP).overdue()).isEqualTo(step(before, COMPETENT_STEP).overdue());
        assertThat(unit(late).overdue()).isEqualTo(unit(before).overdue() + 1);
        assertThat(late.overdueItems()).anySatisfy(item -> {
            assertThat(item.applicationNo()).isEqualTo(fresh);
            assertThat(item.kind()).isEqualTo("TASK");
            assertThat(item.name()).isEqualTo("单位审核");
            assertThat(item.step()).isEqualTo("单位审核与公示");
            assertThat(item.dueAt()).isEqualTo(now.minusSeconds(1));
        });

        // the publicity timer: due at now is not overdue, a second before now it is (the engine has not run it)
        managementService.setJobDuedate(publicityTimer.getId(), Date.from(now));
        assertThat(read("jdxj01").overdue()).isEqualTo(late.overdue());
        managementService.setJobDuedate(publicityTimer.getId(), Date.from(now.minusSeconds(1)));
        CampaignProgress timerLate = read("jdxj01");
        assertThat(timerLate.overdue()).isEqualTo(late.overdue() + 1);
        assertThat(step(timerLate, UNIT_STEP).overdue()).isEqualTo(step(late, UNIT_STEP).overdue() + 1);
        assertThat(timerLate.overdueItems()).anySatisfy(item -> {
            assertThat(item.applicationNo()).isEqualTo(publicity);
            assertThat(item.kind()).isEqualTo("TIMER");
            assertThat(item.name()).isEqualTo("公示期满");
            assertThat(item.step()).isEqualTo("单位审核与公示");
        });
        assertThat(timerLate.overdueItems()).noneMatch(item -> item.applicationNo().equals(competent));

        // withdrawn at the competent department: finished, 已撤回
        driver.message("ApplicationWithdrawn", competent);
        CampaignProgress withdrawn = read("jdxj01");
        assertThat(withdrawn.running()).isEqualTo(timerLate.running() - 1);
        assertThat(withdrawn.finished()).isEqualTo(timerLate.finished() + 1);
        assertThat(count(withdrawn.steps(), COMPETENT_STEP)).isEqualTo(count(timerLate.steps(), COMPETENT_STEP) - 1);
        assertThat(status(withdrawn, "WITHDRAWN")).isEqualTo(status(timerLate, "WITHDRAWN") + 1);
        assertThat(status(withdrawn, "WITHDRAWN")).isPositive();
        assertThat(unit(withdrawn).finished()).isEqualTo(unit(timerLate).finished() + 1);
        assertThat(unit(withdrawn).running()).isEqualTo(unit(timerLate).running() - 1);

        // approved by the HR bureau: finished, 评审通过
        driver.approve("hrbhm01", approved, "hr_confirm");
        String approvedRoot = runner.rootInstance(approved).getId();
        while (managementService.createJobQuery().rootProcessInstanceId(approvedRoot).executable().count() > 0) {
            managementService.executeJob(managementService.createJobQuery().rootProcessInstanceId(approvedRoot)
                    .executable().list().get(0).getId());
        }
        assertThat(runner.rootInstance(approved).getEndTime()).isNotNull();
        CampaignProgress done = read("jdxj01");
        assertThat(done.finished()).isEqualTo(withdrawn.finished() + 1);
        assertThat(status(done, "APPROVED")).isEqualTo(status(withdrawn, "APPROVED") + 1);
        assertThat(done.finishedByStatus()).filteredOn(s -> s.finalStatus().equals("APPROVED"))
                .extracting(Status::label).containsExactly("评审通过");
        assertThat(count(done.steps(), HR_STEP)).isEqualTo(count(withdrawn.steps(), HR_STEP) - 1);
        assertThat(unit(done).finished()).isEqualTo(unit(withdrawn).finished() + 1);

        // the trend: today's snapshot
        statistics.snapshotAll(now);
        CampaignProgress trend = read("jdxj01");
        LocalDate today = BeijingTime.local(now).toLocalDate();
        assertThat(trend.trend()).anySatisfy(point -> {
            assertThat(point.date()).isEqualTo(today);
            assertThat(point.running()).isEqualTo(done.running());
            assertThat(point.finished()).isEqualTo(done.finished());
        });
    }

    @Test
    void supervisorsAdministratorsAndTheNoticesBureauReadOthersAreRefused() {
        assertThat(get("jdxj01", DemoUsers.PASSWORD, NOTICE).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("admin", DemoUsers.ADMIN_PASSWORD, NOTICE).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("hrbhm01", DemoUsers.PASSWORD, NOTICE).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Map> unitReviewer = get("dwhm01", DemoUsers.PASSWORD, NOTICE);
        assertThat(unitReviewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) unitReviewer.getBody().get("message")).contains("无权查看该通知的评审进度");
        ResponseEntity<Map> otherBureau = get("hrbaks01", DemoUsers.PASSWORD, NOTICE);
        assertThat(otherBureau.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("hrbaks01", DemoUsers.PASSWORD, "notice-2024-akesu-coal").getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Map> unknown = get("jdxj01", DemoUsers.PASSWORD, "notice-1999-nowhere");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) unknown.getBody().get("message")).contains("通知不存在");
        assertThat(rest.getForEntity("/api/notices/" + NOTICE + "/progress", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<java.util.List> bureauNotices = EngineRest.get(rest, "hrbhm01", DemoUsers.PASSWORD,
                "/api/supervision/notices", java.util.List.class);
        assertThat(bureauNotices.getBody()).hasSize(1);
        assertThat(((Map<?, ?>) bureauNotices.getBody().get(0)).get("id")).isEqualTo(NOTICE);
        ResponseEntity<java.util.List> supervisorNotices = EngineRest.get(rest, "jdxj01", DemoUsers.PASSWORD,
                "/api/supervision/notices", java.util.List.class);
        assertThat(supervisorNotices.getBody()).hasSize(5);
        assertThat(rest.getForEntity("/api-docs", String.class).getBody())
                .contains("/api/notices/{id}/progress", "通知的评审进度", "/api/supervision/notices");
    }

    private String start(String prefix) {
        String no = prefix + System.nanoTime() % 10_000_000;
        DeclaredStarts.in(context).start(new ApplicationProcessStart(no, NOTICE, Level.INTERMEDIATE, "农业系列", "农业", UNIT,
                "sbhm01", ApplicationFacts.none()));
        return no;
    }

    private void due(Task task, Instant at) {
        Task current = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        current.setDueDate(Date.from(at));
        taskService.saveTask(current);
    }

    private CampaignProgress read(String user) {
        ResponseEntity<CampaignProgress> response = EngineRest.get(rest, user, DemoUsers.PASSWORD,
                "/api/notices/" + NOTICE + "/progress", CampaignProgress.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<Map> get(String user, String password, String notice) {
        return EngineRest.get(rest, user, password, "/api/notices/" + notice + "/progress", Map.class);
    }

    private static Step step(CampaignProgress progress, String activityId) {
        return progress.steps().stream().filter(s -> s.processDefinitionKey().equals(NOTICE)
                && s.activityId().equals(activityId)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + activityId + " in " + progress.steps()));
    }

    private static long count(java.util.List<Step> steps, String activityId) {
        return steps.stream().filter(s -> s.processDefinitionKey().equals(NOTICE) && s.activityId().equals(activityId))
                .mapToLong(Step::count).sum();
    }

    private static Group unit(CampaignProgress progress) {
        return progress.units().stream().filter(u -> u.code().equals(UNIT)).findFirst().orElseThrow();
    }

    private static long committeeRunning(CampaignProgress progress) {
        return progress.committees().stream().mapToLong(Group::running).sum();
    }

    private static long status(CampaignProgress progress, String finalStatus) {
        return progress.finishedByStatus().stream().filter(s -> s.finalStatus().equals(finalStatus))
                .mapToLong(Status::count).sum();
    }
}
