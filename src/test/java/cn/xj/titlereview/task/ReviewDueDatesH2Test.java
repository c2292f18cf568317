package cn.xj.titlereview.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.application.ApplicationTestSupport;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.notification.Notification;
import cn.xj.titlereview.notification.Notification.Kind;
import cn.xj.titlereview.notification.NotificationRepository;
import cn.xj.titlereview.schedule.ReminderService;
import cn.xj.titlereview.simulation.SimulationClockService;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * The review tasks of the offices fall due when the notice's review window closes (2024 senior
 * five-series: 审核材料时间 10月11日至10月26日), so the reminder job tells the office the day before and
 * urges it once the window has passed. Applicants' revisions keep their fix-window timers instead.
 */
@H2IntegrationTest
class ReviewDueDatesH2Test {

    private static final Instant REVIEW_CLOSES = beijing("2024-10-26T23:59:59");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ObjectMapper json;
    @Autowired
    SimulationClockService clock;
    @Autowired
    ReminderService reminders;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    TaskUrges urges;

    private String applicationNo;

    @AfterEach
    void endApplicationAndResetClock() {
        if (applicationNo != null) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationNo).rootProcessInstances()
                    .list().forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "测试结束"));
        }
        ClockUtil.reset();
    }

    @Test
    void officeReviewsFallDueWhenTheReviewWindowClosesAndAreUrgedAfterIt() {
        ApplicationTestSupport applications = new ApplicationTestSupport(rest, repositoryService);
        clock.moveTo(beijing("2024-09-02T10:00:00"));
        applicationNo = applications.submittedSeniorApplication(json);
        CampaignRunner runner = new CampaignRunner(rest, engine);

        assertThat(openTask("unit_review").getDueDate()).isEqualTo(Date.from(REVIEW_CLOSES));
        runner.runUntil(applicationNo, "competent_recommend");
        assertThat(openTask("competent_recommend").getDueDate()).isEqualTo(Date.from(REVIEW_CLOSES));
        runner.runUntil(applicationNo, "committee_intake");
        Task intake = openTask("committee_intake");
        assertThat(intake.getDueDate()).isEqualTo(Date.from(REVIEW_CLOSES));

        // the day before: one reminder to the committee office, however often the job runs
        clock.moveTo(beijing("2024-10-26T09:00:00"));
        reminders.remind();
        reminders.remind();
        Notification reminder = notifications.find(intake.getId(), Kind.TASK_DUE).orElseThrow();
        assertThat(reminder.dueAt()).isEqualTo(REVIEW_CLOSES);
        assertThat(reminder.recipients()).containsExactly("committee650101");
        assertThat(urges.urgesOf(intake.getId())).as("not overdue yet").isEmpty();

        // the minute after the window: the job urges the office once
        clock.moveTo(beijing("2024-10-27T00:00:59"));
        reminders.remind();
        reminders.remind();
        assertThat(urges.urgesOf(intake.getId())).singleElement().satisfies(urge -> {
            assertThat(urge.automatic()).isTrue();
            assertThat(urge.urgedBy()).isEqualTo(TaskUrgeRepository.SYSTEM);
            assertThat(urge.message()).isEqualTo("已超过办理期限（2024-10-26 23:59:59）");
        });
        assertThat(notifications.findByProcessInstance(intake.getProcessInstanceId()))
                .filteredOn(n -> n.kind() == Kind.TASK_URGED).singleElement()
                .satisfies(n -> assertThat(n.message()).startsWith("催办：您的待办‘评审委员会形式审核’"));
    }

    private Task openTask(String key) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(applicationNo).taskDefinitionKey(key)
                .singleResult();
        assertThat(task).as("open task " + key).isNotNull();
        return task;
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BeijingTime.ZONE).toInstant();
    }
}
