package cn.xj.titlereview.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.security.ApiUser;

/**
 * The message centre (消息中心) of every role: the notifications addressed to the user or to one of the user's
 * groups, newest first, with the unread count; each member of a group reads a group's notification for
 * themselves.
 */
@Service
public class NotificationCentre {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

    private final NotificationRepository notifications;

    public NotificationCentre(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /** One notification as its reader sees it; {@code link}: the task in Tasklist, when there is one. */
    public record Item(long id, String kind, String kindLabel, String message, String applicationNo, String taskId,
                       String link, String createdAt, boolean read) {
    }

    /** A page of the message centre. */
    public record Page(long unread, long total, int page, int size, List<Item> items) {
    }

    @Transactional(readOnly = true)
    public Page page(ApiUser user, int page, int size, boolean unreadOnly) {
        int safePage = Math.max(page, 0);
        int safeSize = size <= 0 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
        List<Item> items = notifications.inbox(user.userId(), user.groups(), unreadOnly, safePage * safeSize, safeSize)
                .stream().map(NotificationCentre::item).toList();
        return new Page(notifications.count(user.userId(), user.groups(), true),
                notifications.count(user.userId(), user.groups(), unreadOnly), safePage, safeSize, items);
    }

    /** Marks one notification read (again: nothing changes); 404 for one not addressed to the user. */
    @Transactional
    public Page markRead(ApiUser user, long id) {
        if (!notifications.addressedTo(id, user.userId(), user.groups())) {
            throw ApiProblemException.notFound("通知不存在：" + id);
        }
        notifications.markRead(id, user.userId(), ProductClock.now());
        return page(user, 0, DEFAULT_PAGE_SIZE, false);
    }

    @Transactional
    public Page markAllRead(ApiUser user) {
        notifications.markAllRead(user.userId(), user.groups(), ProductClock.now());
        return page(user, 0, DEFAULT_PAGE_SIZE, false);
    }

    private static Item item(NotificationRepository.InboxRow row) {
        Notification n = row.notification();
        Instant created = n.createdAt();
        return new Item(n.id(), n.kind().name(), n.kind().label(), n.message(), n.applicationNo(), n.taskId(),
                n.taskId() == null ? null : TASKLIST_TASK + n.taskId(), BeijingTime.format(created), row.read());
    }
}
