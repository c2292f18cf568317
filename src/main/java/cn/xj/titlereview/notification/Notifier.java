package cn.xj.titlereview.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.notification.Notification.Channel;
import cn.xj.titlereview.notification.Notification.Kind;
import cn.xj.titlereview.notification.Notification.RecipientType;
import cn.xj.titlereview.notification.Notification.SourceType;

/**
 * Writes a notification and sends it through its channels: the message centre always (the row and its
 * recipients, in the caller's transaction: a task that rolls back tells nobody), then e-mail where
 * {@code spring.mail.host} is configured and a recipient has an address (else the log), and SMS for the
 * kinds {@code titlereview.notifications.sms.kinds} names. Mail and SMS leave after the commit; a mail that
 * fails stays unsent and the reminder job retries it (three attempts).
 *
 * <p>Blind review: an expert never reads what a person wrote (an urger's words, return reasons), only the
 * product's fixed sentences with the application number, so no applicant's name can reach an expert
 * through a notification ({@link Request#detail()} is dropped when any recipient is an expert).
 */
@Service
public class Notifier implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    public static final int MAX_MAIL_ATTEMPTS = 3;
    static final String DUE_SUBJECT = "【职称评审】待办事项到期提醒";
    private static final int PAGE = 500;

    private final NotificationRepository notifications;
    private final IdentityService identityService;
    private final NotificationProperties properties;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ObjectProvider<SmsSender> smsSender;
    private final SmsSender loggingSms = new LoggingSmsSender();
    /**
     * Delivery after the commit runs here, not in the committing thread: that thread still holds
     * its connection until the transaction is cleaned up, so marking the row sent (its own
     * transaction) would take a second connection, and as many concurrent commits as the pool has
     * connections would each wait for one more (a 30-second stall at every peak). Mail is slow as
     * well, and no reason to keep a reviewer's request waiting. What cannot be queued, or fails, is
     * left unsent for the reminder job to retry.
     */
    private final ThreadPoolTaskExecutor deliveries;

    public Notifier(NotificationRepository notifications, IdentityService identityService,
                    NotificationProperties properties, ObjectProvider<JavaMailSender> mailSender,
                    ObjectProvider<SmsSender> smsSender) {
        this.deliveries = new ThreadPoolTaskExecutor();
        this.deliveries.setThreadNamePrefix("notification-delivery-");
        this.deliveries.setCorePoolSize(2);
        this.deliveries.setMaxPoolSize(2);
        this.deliveries.setQueueCapacity(10_000);
        this.deliveries.setDaemon(true);
        this.deliveries.setWaitForTasksToCompleteOnShutdown(true);
        this.deliveries.setAwaitTerminationSeconds(10);
        this.deliveries.initialize();
        this.notifications = notifications;
        this.identityService = identityService;
        this.properties = properties;
        this.mailSender = mailSender;
        this.smsSender = smsSender;
    }

    /**
     * What to tell whom.
     *
     * @param message the product's sentence (may name the task and the application number, never a person)
     * @param detail  what a person wrote (reasons, an urger's words): appended unless an expert is a recipient
     * @param dueAt   when the matter falls due, or null (then: now)
     */
    public record Request(SourceType sourceType, String sourceId, Kind kind, String taskId, String processInstanceId,
                          String applicationNo, String activityId, Instant dueAt, RecipientType recipientType,
                          List<String> recipients, String message, String detail) {

        public Request {
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }
    }

    /** How a notification left: by mail, to the log, not at all (mail failed), or after the commit. */
    public enum Delivery {
        MAIL, LOG, FAILED, AFTER_COMMIT
    }

    /** The new notification's id and how it left; empty when the (source, kind) was notified before. */
    public record Published(long id, Delivery delivery) {
    }

    public Optional<Published> publish(Request request) {
        return publish(request, ProductClock.now());
    }

    public Optional<Published> publish(Request request, Instant now) {
        JavaMailSender mail = mailSender.getIfAvailable();
        String text = request.detail() == null || request.detail().isBlank() || reachesAnExpert(request)
                ? request.message()
                : request.message() + "\n" + request.detail().strip();
        boolean byMail = mail != null && !emails(request.recipientType(), request.recipients()).isEmpty();
        Notification notification = new Notification(null, request.sourceType(), request.sourceId(), request.kind(),
                request.taskId(), request.processInstanceId(), request.applicationNo(), request.activityId(),
                request.dueAt() == null ? now : request.dueAt(), request.recipientType(), request.recipients(),
                byMail ? Channel.MAIL : Channel.LOG, text, now, null, 0, null);
        Optional<Long> id = notifications.insert(notification);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Notification stored = withId(notification, id.get());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    try {
                        deliveries.execute(() -> deliverAfterCommit(stored, mail, now));
                    } catch (TaskRejectedException e) {
                        log.warn("通知 {} 发送队列已满，由提醒任务重试", stored.id());
                    }
                }
            });
            return Optional.of(new Published(id.get(), Delivery.AFTER_COMMIT));
        }
        return Optional.of(new Published(id.get(), deliver(stored, mail, now)));
    }

    private void deliverAfterCommit(Notification stored, JavaMailSender mail, Instant now) {
        try {
            deliver(stored, mail, now);
        } catch (RuntimeException e) {
            log.warn("通知 {} 发送失败，由提醒任务重试：{}", stored.id(), e.getMessage());
        }
    }

    /**
     * Waits until every delivery handed over after a commit has been made (or the limit has
     * passed); true when none is left. For an orderly stop, and for tests that read what was sent.
     */
    public boolean awaitDeliveries(Duration limit) {
        ThreadPoolExecutor pool = deliveries.getThreadPoolExecutor();
        long deadline = System.nanoTime() + limit.toNanos();
        while (pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        return true;
    }

    @Override
    public void destroy() {
        deliveries.shutdown();
    }

    /** Mails that failed before, retried (oldest first); how many went out now. */
    public int retryUnsentMail(Instant now) {
        JavaMailSender mail = mailSender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        int sent = 0;
        for (Notification n : notifications.findUnsentMail(MAX_MAIL_ATTEMPTS, PAGE)) {
            if (send(n, mail, now)) {
                sent++;
            }
        }
        return sent;
    }

    /** E-mail addresses of the recipients (members of candidate groups), from the Camunda identity service. */
    public Set<String> emails(RecipientType type, Collection<String> ids) {
        return users(type, ids).stream().map(User::getEmail).filter(e -> e != null && !e.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<User> users(RecipientType type, Collection<String> ids) {
        if (ids.isEmpty() || type == RecipientType.NONE) {
            return List.of();
        }
        return asSystem(() -> usersOf(type, ids));
    }

    private List<User> usersOf(RecipientType type, Collection<String> ids) {
        List<User> users = new ArrayList<>();
        if (type.groups()) {
            ids.forEach(group -> users.addAll(identityService.createUserQuery().memberOfGroup(group).list()));
        } else {
            users.addAll(identityService.createUserQuery().userIdIn(ids.toArray(String[]::new)).list());
        }
        return users;
    }

    /** True when an expert group, or a member of one, is among the recipients. */
    boolean reachesAnExpert(Request request) {
        if (request.recipientType() == RecipientType.NONE) {
            return false;
        }
        if (request.recipientType().groups()) {
            return request.recipients().stream().anyMatch(RoleGroups::isExpertGroup);
        }
        return asSystem(() -> request.recipients().stream().anyMatch(user -> identityService.createGroupQuery()
                .groupMember(user).list().stream().map(Group::getId).anyMatch(RoleGroups::isExpertGroup)));
    }

    /**
     * Identity look-ups for the product's own purposes, whoever is logged in: a caller's authorizations and the
     * engine's limit on unbounded queries for logged-in users do not apply to finding a group's members.
     */
    private <T> T asSystem(java.util.function.Supplier<T> lookup) {
        Authentication saved = identityService.getCurrentAuthentication();
        if (saved == null) {
            return lookup.get();
        }
        identityService.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            identityService.setAuthentication(saved);
        }
    }

    private Delivery deliver(Notification n, JavaMailSender mail, Instant now) {
        sms(n);
        if (n.channel() == Channel.LOG) {
            if (n.recipientType() == RecipientType.NONE) {
                log.warn("{}（{}，来源 {}）：{}", n.kind().label(), n.recipientType().label(), n.sourceId(), n.message());
            } else if (n.kind() == Kind.TASK_WAITING) {
                log.debug("{}（{} {}）：{}", n.kind().label(), n.recipientType().label(),
                        String.join(",", n.recipients()), n.message());
            } else {
                log.info("{}（{} {}）：{}", n.kind().label(), n.recipientType().label(),
                        String.join(",", n.recipients()), n.message());
            }
            notifications.markSent(n.id(), now);
            return Delivery.LOG;
        }
        return send(n, mail, now) ? Delivery.MAIL : Delivery.FAILED;
    }

    private void sms(Notification n) {
        if (!properties.sms().sends(n.kind())) {
            return;
        }
        List<String> userIds = users(n.recipientType(), n.recipients()).stream().map(User::getId).distinct().toList();
        if (userIds.isEmpty()) {
            return;
        }
        try {
            smsSender.getIfAvailable(() -> loggingSms).send(userIds, n.message());
        } catch (RuntimeException e) {
            log.warn("短信发送失败（通知 {}）：{}", n.id(), e.getMessage());
        }
    }

    private boolean send(Notification n, JavaMailSender mail, Instant now) {
        Set<String> addresses = emails(n.recipientType(), n.recipients());
        if (addresses.isEmpty()) {
            notifications.markFailed(n.id(), "接收人没有电子邮箱地址");
            return false;
        }
        try {
            // one message per address: members of a group do not see each other's addresses
            mail.send(addresses.stream().map(address -> {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(properties.mailFrom());
                message.setTo(address);
                message.setSubject(subject(n.kind()));
                message.setText(n.message());
                return message;
            }).toArray(SimpleMailMessage[]::new));
            notifications.markSent(n.id(), now);
            return true;
        } catch (MailException e) {
            log.warn("通知邮件发送失败（通知 {}）：{}", n.id(), e.getMessage());
            notifications.markFailed(n.id(), e.getMessage());
            return false;
        }
    }

    static String subject(Kind kind) {
        return kind == Kind.TASK_DUE || kind == Kind.PAYMENT_DUE ? DUE_SUBJECT : "【职称评审】" + kind.label();
    }

    private static Notification withId(Notification n, long id) {
        return new Notification(id, n.sourceType(), n.sourceId(), n.kind(), n.taskId(), n.processInstanceId(),
                n.applicationNo(), n.activityId(), n.dueAt(), n.recipientType(), n.recipients(), n.channel(),
                n.message(), n.createdAt(), n.sentAt(), n.attempts(), n.lastError());
    }
}
