package cn.xj.titlereview.schedule;

import static cn.xj.titlereview.schedule.ScheduleFixtures.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import cn.xj.titlereview.notification.Notification;
import cn.xj.titlereview.notification.NotificationProperties;
import cn.xj.titlereview.notification.Notifier;
import cn.xj.titlereview.notification.SmsSender;
import cn.xj.titlereview.task.TaskUrges;
import cn.xj.titlereview.notification.NotificationRepository;
import cn.xj.titlereview.notification.Notification.Channel;
import cn.xj.titlereview.notification.Notification.Kind;
import cn.xj.titlereview.notification.Notification.RecipientType;
import cn.xj.titlereview.schedule.ReminderService.ReminderRun;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * Reminder selection on the product's engine (H2) with src/test/resources/schedule/reminder-test.bpmn,
 * time moved with the engine clock. An application returned for revision on 2024-10-10 18:00 (Beijing)
 * has 48 hours, so its {@code applicant_revise} falls due 2024-10-12 18:00.
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderServiceH2Test {

    private static final String PROCESS = "test-schedule-reminders";
    private static final String APPLICANT = "schedapplicant1";
    private static final String UNIT_GROUP = "unit650100901";
    private static final String UNIT_MEMBER_WITH_MAIL = "schedunitmember1";
    private static final String UNIT_MEMBER_WITHOUT_MAIL = "schedunitmember2";
    private static final String COMMITTEE_GROUP = "committee650901";
    private static final Instant RETURNED = beijing("2024-10-10T18:00:00");
    private static final Instant FAR = beijing("2024-12-31T18:00:00");

    @Autowired
    ReminderService reminders;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ScheduleProperties properties;
    @Autowired
    NotificationProperties notificationProperties;
    @Autowired
    TaskUrges urges;

    private String deploymentId;
    private final List<String> started = new ArrayList<>();

    @BeforeAll
    void deployModelAndUsers() {
        deploymentId = repositoryService.createDeployment().name("schedule-reminder-test")
                .addClasspathResource("schedule/reminder-test.bpmn").deploy().getId();
        user(APPLICANT, "applicant901@example.cn");
        user(UNIT_MEMBER_WITH_MAIL, "unit901@example.cn");
        user(UNIT_MEMBER_WITHOUT_MAIL, null);
        Group group = identityService.newGroup(UNIT_GROUP);
        group.setName("测试单位");
        identityService.saveGroup(group);
        identityService.createMembership(UNIT_MEMBER_WITH_MAIL, UNIT_GROUP);
        identityService.createMembership(UNIT_MEMBER_WITHOUT_MAIL, UNIT_GROUP);
    }

    @AfterAll
    void removeModelAndUsers() {
        repositoryService.deleteDeployment(deploymentId, true);
        identityService.deleteGroup(UNIT_GROUP);
        List.of(APPLICANT, UNIT_MEMBER_WITH_MAIL, UNIT_MEMBER_WITHOUT_MAIL).forEach(identityService::deleteUser);
    }

    @AfterEach
    void endInstancesAndResetClock() {
        started.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "测试结束", true, true, true, false));
        started.clear();
        ClockUtil.reset();
    }

    @Test
    void reviseTaskIsRemindedOnceItsFixWindowTimerFallsDueWithinTheLeadTime() {
        ClockUtil.setCurrentTime(Date.from(RETURNED));
        ProcessInstance application = start("XJ2024ZC000123", FAR, FAR);

        reminders.remind();
        assertThat(reminderOf(application, "applicant_revise")).as("47 h before the end of the fix window").isEmpty();

        ClockUtil.setCurrentTime(Date.from(beijing("2024-10-11T19:00:00")));
        reminders.remind();

        Task revise = task(application, "applicant_revise");
        Notification reminder = reminderOf(application, "applicant_revise").orElseThrow();
        assertThat(reminder.sourceType()).isEqualTo(Notification.SourceType.TASK);
        assertThat(reminder.sourceId()).isEqualTo(revise.getId());
        assertThat(reminder.kind()).isEqualTo(Kind.TASK_DUE);
        assertThat(reminder.dueAt()).isEqualTo(beijing("2024-10-12T18:00:00"));
        assertThat(reminder.recipientType()).isEqualTo(RecipientType.CANDIDATE_USERS);
        assertThat(reminder.recipients()).containsExactly(APPLICANT);
        assertThat(reminder.applicationNo()).isEqualTo("XJ2024ZC000123");
        assertThat(reminder.channel()).isEqualTo(Channel.LOG);
        assertThat(reminder.message()).isEqualTo(
                "您有一项待办‘申报人修改材料’将于2024-10-12 18:00（北京时间）到期，请及时处理。申报编号：XJ2024ZC000123");
        assertThat(reminder.createdAt()).isEqualTo(beijing("2024-10-11T19:00:00"));
        assertThat(reminder.sentAt()).isEqualTo(beijing("2024-10-11T19:00:00"));
    }

    @Test
    void secondRunAndSecondNodeWriteNoSecondReminder() {
        ClockUtil.setCurrentTime(Date.from(RETURNED));
        ProcessInstance application = start("XJ2024ZC000124", beijing("2024-10-12T12:00:00"),
                beijing("2024-10-12T10:00:00"));
        // the fix window, the unit review and the payment all fall due within 24 hours
        ClockUtil.setCurrentTime(Date.from(beijing("2024-10-11T19:00:00")));

        ReminderRun first = reminders.remind();
        ReminderRun second = reminders.remind();
        ReminderRun otherNode = reminderService(Optional.empty()).remind();

        assertThat(reminders(application)).hasSize(3);
        assertThat(first.created()).isGreaterThanOrEqualTo(3);
        assertThat(second.created()).isZero();
        assertThat(otherNode.created()).isZero();
        assertThat(second.alreadyNotified()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void taskWithADueDateRemindsItsCandidateGroup_aNonInterruptingTimerIsNoDeadline() {
        ClockUtil.setCurrentTime(Date.from(RETURNED));
        ProcessInstance application = start("XJ2024ZC000125", beijing("2024-10-11T12:00:00"), FAR);

        reminders.remind();

        Notification reminder = reminderOf(application, "unit_review").orElseThrow();
        assertThat(reminder.recipientType()).isEqualTo(RecipientType.CANDIDATE_GROUPS);
        assertThat(reminder.recipients()).containsExactly(UNIT_GROUP);
        assertThat(reminder.message()).isEqualTo(
                "您有一项待办‘单位审核’将于2024-10-11 12:00（北京时间）到期，请及时处理。申报编号：XJ2024ZC000125");
        // committee_intake has only a non-interrupting PT2H timer (due 20:00): not a deadline
        assertThat(reminderOf(application, "committee_intake")).isEmpty();
        assertThat(reminderOf(application, "applicant_revise")).isEmpty();
    }

    @Test
    void waitingForPaymentRemindsTheApplicantBeforeThePaymentDeadline() {
        ClockUtil.setCurrentTime(Date.from(RETURNED));
        ProcessInstance application = start("XJ2024ZC000126", FAR, beijing("2024-10-11T10:00:00"));

        reminders.remind();

        String waiting = runtimeService.createEventSubscriptionQuery().processInstanceId(application.getId())
                .eventName("PaymentReceived").singleResult().getExecutionId();
        Notification reminder = notifications.find(waiting, Kind.PAYMENT_DUE).orElseThrow();
        assertThat(reminder.sourceType()).isEqualTo(Notification.SourceType.EXECUTION);
        assertThat(reminder.recipientType()).isEqualTo(RecipientType.APPLICANT);
        assertThat(reminder.recipients()).containsExactly(APPLICANT);
        assertThat(reminder.dueAt()).isEqualTo(beijing("2024-10-11T10:00:00"));
        assertThat(reminder.message()).isEqualTo(
                "您的评审费缴纳将于2024-10-11 10:00（北京时间）截止，请及时缴费。申报编号：XJ2024ZC000126");
    }

    @Test
    void paymentDeadlineBeyondTheLeadTimeIsNotRemindedYet() {
        ClockUtil.setCurrentTime(Date.from(RETURNED));
        ProcessInstance application = start("XJ2024ZC000127", FAR, beijing("2024-10-11T18:00:01"));

        reminders.remind();

        assertThat(reminders(application)).noneMatch(n -> n.kind() == Kind.PAYMENT_DUE);
    }

    @Test
    void withAMailServerRemindersGoByMailToAddressesFromTheIdentityService() {
        JavaMailSender mail = mock(JavaMailSender.class);
        ClockUtil.setCurrentTime(Date.from(RETURNED));
        ProcessInstance application = start("XJ2024ZC000128", beijing("2024-10-11T12:00:00"),
                beijing("2024-10-11T10:00:00"));

        reminderService(Optional.of(mail)).remind();

        Notification unit = reminderOf(application, "unit_review").orElseThrow();
        assertThat(unit.channel()).isEqualTo(Channel.MAIL);
        assertThat(unit.sentAt()).isNotNull();
        ArgumentCaptor<SimpleMailMessage[]> sent = ArgumentCaptor.forClass(SimpleMailMessage[].class);
        verify(mail, atLeastOnce()).send(sent.capture());
        List<SimpleMailMessage> messages = sent.getAllValues().stream().flatMap(Arrays::stream).toList();
        // the group member without an address gets nothing; the group's members do not see each other
        assertThat(messages).filteredOn(m -> m.getText().contains("‘单位审核’") && m.getText().contains("XJ2024ZC000128"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getTo()).containsExactly("unit901@example.cn");
                    assertThat(m.getSubject()).isEqualTo("【职称评审】待办事项到期提醒");
                    assertThat(m.getFrom()).isEqualTo(notificationProperties.mailFrom());
                });
        assertThat(messages).filteredOn(m -> m.getText().startsWith("您的评审费") && m.getText().contains("XJ2024ZC000128"))
                .singleElement()
                .satisfies(m -> assertThat(m.getTo()).containsExactly("applicant901@example.cn"));
    }

    @Test
    void failedMailIsRetriedByTheNextRun() {
        JavaMailSender down = mock(JavaMailSender.class);
        doThrow(new MailSendException("连接邮件服务器失败")).when(down).send(any(SimpleMailMessage[].class));
        ClockUtil.setCurrentTime(Date.from(RETURNED));
        ProcessInstance application = start("XJ2024ZC000129", beijing("2024-10-11T12:00:00"), FAR);

        reminderService(Optional.of(down)).remind();

        Notification failed = reminderOf(application, "unit_review").orElseThrow();
        assertThat(failed.channel()).isEqualTo(Channel.MAIL);
        assertThat(failed.sentAt()).isNull();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("连接邮件服务器失败");

        JavaMailSender up = mock(JavaMailSender.class);
        ReminderRun retry = reminderService(Optional.of(up)).remind();

        Notification sent = reminderOf(application, "unit_review").orElseThrow();
        assertThat(retry.retried()).isGreaterThanOrEqualTo(1);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(reminders(application)).filteredOn(n -> "unit_review".equals(n.activityId())).hasSize(1);
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance start(String applicationNo, Instant unitReviewDue, Instant paymentDeadline) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicationNo", applicationNo);
        variables.put("applicantUserId", APPLICANT);
        variables.put("unitGroup", UNIT_GROUP);
        variables.put("committeeGroup", COMMITTEE_GROUP);
        variables.put("unitReviewDue", Date.from(unitReviewDue));
        variables.put("paymentDeadline", Date.from(paymentDeadline));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, applicationNo, variables);
        started.add(instance.getId());
        return instance;
    }

    private Task task(ProcessInstance instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private Optional<Notification> reminderOf(ProcessInstance instance, String taskKey) {
        return reminders(instance).stream()
                .filter(n -> taskKey.equals(n.activityId()))
                .findFirst();
    }

    /** The reminders of the instance (the message centre also holds the new-task notices of its tasks). */
    private List<Notification> reminders(ProcessInstance instance) {
        return notifications.findByProcessInstance(instance.getId()).stream()
                .filter(n -> n.kind() == Kind.TASK_DUE || n.kind() == Kind.PAYMENT_DUE).toList();
    }

    private ReminderService reminderService(Optional<JavaMailSender> mail) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        mail.ifPresent(sender -> beans.addBean("mailSender", sender));
        ObjectProvider<JavaMailSender> provider = beans.getBeanProvider(JavaMailSender.class);
        Notifier notifier = new Notifier(notifications, identityService, notificationProperties, provider,
                beans.getBeanProvider(SmsSender.class));
        return new ReminderService(taskService, managementService, runtimeService, repositoryService, notifications,
                notifier, urges, properties);
    }

    private void user(String id, String email) {
        User user = identityService.newUser(id);
        user.setFirstName("测试");
        user.setLastName("");
        user.setEmail(email);
        identityService.saveUser(user);
    }
}
