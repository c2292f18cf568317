package cn.xj.titlereview.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.xj.titlereview.notification.Notification.Channel;
import cn.xj.titlereview.notification.Notification.Kind;
import cn.xj.titlereview.notification.Notification.RecipientType;
import cn.xj.titlereview.notification.Notification.SourceType;
import cn.xj.titlereview.security.ApiUser;
import cn.xj.titlereview.support.H2IntegrationTest;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail, the second channel, against a real SMTP server the test starts (GreenMail, on a free port): each
 * member of a group with an address gets a mail of their own, in Chinese; a notification written inside a
 * transaction is mailed after the commit and never after a rollback; a mail that fails is retried. The shared
 * H2 context has no mail server, so the test builds the {@link Notifier} with a sender pointed at GreenMail.
 */
@H2IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationMailH2Test {

    static final String GROUP = "unit659900901";
    static final String WITH_MAIL = "mailmember1";
    static final String WITHOUT_MAIL = "mailmember2";
    static final String ADDRESS = "member1@unit659900901.example.cn";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    NotificationRepository notifications;
    @Autowired
    IdentityService identityService;
    @Autowired
    NotificationProperties properties;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    NotificationCentre centre;

    @BeforeAll
    void groupWithTwoMembers() {
        Group group = identityService.newGroup(GROUP);
        group.setName("测试单位（邮件）");
        identityService.saveGroup(group);
        user(WITH_MAIL, ADDRESS);
        user(WITHOUT_MAIL, null);
    }

    @AfterAll
    void removeGroup() {
        identityService.deleteUser(WITH_MAIL);
        identityService.deleteUser(WITHOUT_MAIL);
        identityService.deleteGroup(GROUP);
    }

    @Test
    void eachMemberWithAnAddressGetsTheNotificationByMailInChinese() throws Exception {
        Optional<Notifier.Published> published = notifier(greenMail()).publish(request("催办：请尽快办理待办‘单位审核’（申报编号：MAIL0001）。"));

        assertThat(published).get().satisfies(p -> assertThat(p.delivery()).isEqualTo(Notifier.Delivery.MAIL));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly(ADDRESS);
        assertThat(received[0].getSubject()).isEqualTo("【职称评审】催办");
        assertThat(received[0].getFrom()).extracting(Object::toString).containsExactly(properties.mailFrom());
        assertThat(String.valueOf(received[0].getContent()).strip())
                .isEqualTo("催办：请尽快办理待办‘单位审核’（申报编号：MAIL0001）。");
        Notification row = notifications.findById(published.get().id()).orElseThrow();
        assertThat(row.channel()).isEqualTo(Channel.MAIL);
        assertThat(row.sentAt()).isNotNull();
        // the message centre holds it for both members, mail or not
        assertThat(centre.page(new ApiUser(WITHOUT_MAIL, Set.of(GROUP)), 0, 20, true).items())
                .anyMatch(i -> i.id() == published.get().id());
    }

    @Test
    void insideATransactionTheMailLeavesAfterTheCommitAndNeverAfterARollback() {
        Notifier notifier = notifier(greenMail());
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        int before = smtp.getReceivedMessages().length;

        transaction.executeWithoutResult(status -> {
            notifier.publish(request("提交后才发送"));
            assertThat(smtp.getReceivedMessages()).as("not before the commit").hasSize(before);
        });
        assertThat(notifier.awaitDeliveries(Duration.ofSeconds(30))).as("delivered after the commit").isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(before + 1);

        String rolledBack = "回滚的通知 " + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            notifier.publish(request(rolledBack));
            status.setRollbackOnly();
        });
        assertThat(notifier.awaitDeliveries(Duration.ofSeconds(30))).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(before + 1);
        assertThat(centre.page(new ApiUser(WITH_MAIL, Set.of(GROUP)), 0, 100, false).items())
                .noneMatch(i -> i.message().equals(rolledBack));
    }

    @Test
    void aMailThatFailedIsSentByTheNextRetry() throws Exception {
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(1); // nothing listens there
        Optional<Notifier.Published> failed = notifier(down).publish(request("第一次发送失败"));
        assertThat(failed).get().satisfies(p -> assertThat(p.delivery()).isEqualTo(Notifier.Delivery.FAILED));
        Notification unsent = notifications.findById(failed.get().id()).orElseThrow();
        assertThat(unsent.sentAt()).isNull();
        assertThat(unsent.attempts()).isEqualTo(1);

        notifier(greenMail()).retryUnsentMail(Instant.now());

        assertThat(notifications.findById(failed.get().id()).orElseThrow().sentAt()).isNotNull();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return String.valueOf(m.getContent()).strip();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).contains("第一次发送失败");
    }

    // ------------------------------------------------------------------ helpers

    private Notifier.Request request(String message) {
        return new Notifier.Request(SourceType.TASK_OPERATION, UUID.randomUUID().toString(), Kind.TASK_URGED, null, null,
                "MAIL0001", "unit_review", null, RecipientType.CANDIDATE_GROUPS, List.of(GROUP), message, null);
    }

    private JavaMailSender greenMail() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    private Notifier notifier(JavaMailSender mail) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", mail);
        return new Notifier(notifications, identityService, properties, beans.getBeanProvider(JavaMailSender.class),
                beans.getBeanProvider(SmsSender.class));
    }

    private void user(String id, String email) {
        User user = identityService.newUser(id);
        user.setFirstName("测试");
        user.setLastName("成员");
        user.setEmail(email);
        identityService.saveUser(user);
        identityService.createMembership(id, GROUP);
    }
}
