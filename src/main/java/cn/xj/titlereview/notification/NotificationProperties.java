package cn.xj.titlereview.notification;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.xj.titlereview.notification.Notification.Kind;

/**
 * The channels beside the message centre.
 *
 * <pre>
 * titlereview:
 *   notifications:
 *     mail-from: noreply@titlereview.local   # sender of the mails (SMTP: spring.mail.host, SPRING_MAIL_HOST)
 *     task-waiting: true                     # tell the holder of every new task (新待办)
 *     sms:
 *       enabled: true                        # the SmsSender bean (default: the log) gets these kinds
 *       kinds: TASK_URGED,PAYMENT_DUE
 * </pre>
 */
@ConfigurationProperties("titlereview.notifications")
public record NotificationProperties(@DefaultValue("noreply@titlereview.local") String mailFrom,
                                     @DefaultValue("true") boolean taskWaiting, @DefaultValue Sms sms) {

    public record Sms(@DefaultValue("true") boolean enabled, @DefaultValue({"TASK_URGED", "PAYMENT_DUE"}) Set<Kind> kinds) {

        public Sms {
            kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        }

        boolean sends(Kind kind) {
            return enabled && kinds.contains(kind);
        }
    }
}
