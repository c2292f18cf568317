/**
 * Notifications (通知) and the message centre (消息中心) of every role.
 *
 * <p>{@link cn.xj.titlereview.notification.Notifier} writes a notification (table {@code notification}, one per
 * source and kind, and its recipients in {@code notification_recipient}) and sends it through the second
 * channels: e-mail over SMTP where {@code spring.mail.host} is set (else the log), SMS through an
 * {@link cn.xj.titlereview.notification.SmsSender} (by default {@link cn.xj.titlereview.notification.LoggingSmsSender})
 * for the kinds configured. Fed by the reminder job (package schedule: a task or a fix window falls due, a fee
 * is due), by the processes ({@link cn.xj.titlereview.notification.ProcessEventNotificationsPlugin}: a new
 * task, a return with its reasons, a result) and by the task operations (package task: urges, transfers,
 * delegations, added reviewers). {@link cn.xj.titlereview.notification.NotificationCentre} reads it for
 * {@code GET /api/notifications}. An expert never receives what a person wrote, only the product's sentences.
 */
package cn.xj.titlereview.notification;
