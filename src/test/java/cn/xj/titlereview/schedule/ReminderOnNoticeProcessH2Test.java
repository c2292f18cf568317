package cn.xj.titlereview.schedule;

import static cn.xj.titlereview.schedule.ScheduleFixtures.SENIOR_FIVE;
import static cn.xj.titlereview.schedule.ScheduleFixtures.beijing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notification.Notification;
import cn.xj.titlereview.notification.NotificationCentre;
import cn.xj.titlereview.security.ApiUser;
import cn.xj.titlereview.notification.NotificationRepository;
import cn.xj.titlereview.notification.Notification.Kind;
import cn.xj.titlereview.notification.Notification.RecipientType;
import cn.xj.titlereview.simulation.SimulationClockService;
import cn.xj.titlereview.support.H2IntegrationTest;
import org.springframework.context.ApplicationContext;
import cn.xj.titlereview.application.DeclaredStarts;

/**
 * Reminders on the real models: a senior five-series application returned by the committee
 * ({@code applicant_revise} in stage-committee-intake, deadline = boundary timer
 * {@code timer_fix_window}), then waiting for its fee (stage-payment, {@code paymentDeadline}
 * 2024-11-04 23:59:59). Tasks are completed directly on the engine; time moves on the simulation clock.
 */
@H2IntegrationTest
class ReminderOnNoticeProcessH2Test {

    private static final String APPLICANT = "sbxj01";

    @Autowired
    CampaignProcessService campaigns;

    @Autowired
    ApplicationContext context;
    @Autowired
    SimulationClockService clock;
    @Autowired
    ReminderService reminders;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Autowired
    NotificationCentre centre;

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
    void returnedApplicationAndThenItsUnpaidFeeAreEachRemindedOnce() {
        clock.moveTo(beijing("2024-09-02T09:00:00"));
        applicationNo = "SCHED" + System.nanoTime() % 1_000_000_000L;
        DeclaredStarts.in(context).start(new ApplicationProcessStart(applicationNo, SENIOR_FIVE, Level.SENIOR_FULL, "工程系列", "有色金属",
                "650100001", APPLICANT, ApplicationFacts.none()));

        Task revise = workUntil(() -> openTask("applicant_revise"), "committee_intake");
        Job fixWindow = managementService.createJobQuery().timers().executionId(revise.getExecutionId()).singleResult();
        assertThat(fixWindow).as("the fix-window timer runs on the task's execution").isNotNull();
        Instant due = fixWindow.getDuedate().toInstant();

        clock.moveTo(due.minus(Duration.ofHours(2)));
        reminders.remind();
        reminders.remind();

        Notification reviseReminder = notifications.find(revise.getId(), Kind.TASK_DUE).orElseThrow();
        assertThat(reviseReminder.activityId()).isEqualTo("applicant_revise");
        assertThat(reviseReminder.dueAt()).isEqualTo(due);
        assertThat(reviseReminder.recipientType()).isEqualTo(RecipientType.CANDIDATE_USERS);
        assertThat(reviseReminder.recipients()).containsExactly(APPLICANT);
        assertThat(reviseReminder.message()).startsWith("您有一项待办‘申报人修改材料’将于")
                .endsWith("（北京时间）到期，请及时处理。申报编号：" + applicationNo);
        assertThat(notifications.findByProcessInstance(revise.getProcessInstanceId()))
                .filteredOn(n -> n.kind() == Kind.TASK_DUE && n.activityId().equals("applicant_revise")).hasSize(1);
        // the message centre of the applicant: the return with its reasons, then the closing fix window
        assertThat(inbox()).extracting(NotificationCentre.Item::kind).containsSubsequence("TASK_DUE", "TASK_RETURNED");
        assertThat(inbox()).filteredOn(i -> i.kind().equals("TASK_RETURNED")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("退回原因：\n继续教育证明缺少2023年度学时")
                        .contains(applicationNo));

        taskService.complete(revise.getId(), Map.of("comment", "已按退回意见修改"));
        EventSubscription payment = workUntil(this::waitingForPayment, null);
        Date deadline = (Date) runtimeService.getVariable(payment.getExecutionId(), "paymentDeadline");
        assertThat(deadline.toInstant()).isEqualTo(beijing("2024-11-04T23:59:59"));

        clock.moveTo(beijing("2024-11-04T09:00:00"));
        reminders.remind();

        Notification paymentReminder = notifications.find(payment.getExecutionId(), Kind.PAYMENT_DUE).orElseThrow();
        assertThat(paymentReminder.recipientType()).isEqualTo(RecipientType.APPLICANT);
        assertThat(paymentReminder.recipients()).containsExactly(APPLICANT);
        assertThat(paymentReminder.applicationNo()).isEqualTo(applicationNo);
        assertThat(paymentReminder.message()).isEqualTo(
                "您的评审费缴纳将于2024-11-04 23:59:59（北京时间）截止，请及时缴费。申报编号：" + applicationNo);
        assertThat(inbox().get(0)).satisfies(i -> {
            assertThat(i.kind()).isEqualTo("PAYMENT_DUE");
            assertThat(i.read()).isFalse();
            assertThat(i.message()).isEqualTo(paymentReminder.message());
        });
    }

    private List<NotificationCentre.Item> inbox() {
        return centre.page(new ApiUser(APPLICANT, Set.of("applicant")), 0, 100, false).items().stream()
                .filter(i -> applicationNo.equals(i.applicationNo())).toList();
    }

    /** Completes open tasks (approving; the committee returns once), moving the clock when none is open. */
    private <T> T workUntil(Supplier<Optional<T>> reached, String returnOnce) {
        boolean returned = false;
        for (int step = 0; step < 200; step++) {
            Optional<T> result = reached.get();
            if (result.isPresent()) {
                return result.get();
            }
            List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(applicationNo)
                    .orderByTaskCreateTime().asc().list();
            if (open.isEmpty()) {
                clock.advance(Duration.ofHours(12));
                continue;
            }
            Task task = open.get(0);
            if (task.getTaskDefinitionKey().equals(returnOnce) && !returned) {
                taskService.complete(task.getId(), Map.of("decision", "RETURN", "comment", "退回修改",
                        "returnReasons", "继续教育证明缺少2023年度学时"));
                returned = true;
            } else {
                taskService.complete(task.getId(), Map.of("decision", "APPROVE", "comment", "同意"));
            }
        }
        throw new AssertionError("application " + applicationNo + " did not get there");
    }

    private Optional<Task> openTask(String key) {
        return Optional.ofNullable(taskService.createTaskQuery().processInstanceBusinessKey(applicationNo)
                .taskDefinitionKey(key).singleResult());
    }

    private Optional<EventSubscription> waitingForPayment() {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationNo).list().stream()
                .map(ProcessInstance::getId)
                .flatMap(id -> runtimeService.createEventSubscriptionQuery().processInstanceId(id)
                        .eventName("PaymentReceived").list().stream())
                .findFirst();
    }
}
