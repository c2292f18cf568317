package cn.xj.titlereview.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification (通知), row of table {@code notification}: one per (source, kind), where the source is
 * an open task, an execution waiting for a message, a process instance, an urge or a task operation.
 * Recipients are ids only (users or groups, also kept one per row in {@code notification_recipient} for
 * the message centre); e-mail addresses are looked up in the Camunda identity service when a mail is sent.
 * {@code channel} is the second channel beside the message centre: MAIL, or LOG where no mail can go.
 */
public record Notification(Long id, SourceType sourceType, String sourceId, Kind kind, String taskId,
                           String processInstanceId, String applicationNo, String activityId, Instant dueAt,
                           RecipientType recipientType, List<String> recipients, Channel channel, String message,
                           Instant createdAt, Instant sentAt, int attempts, String lastError) {

    public Notification {
        recipients = List.copyOf(recipients);
    }

    public enum SourceType {
        TASK, EXECUTION, PROCESS_INSTANCE, URGE, TASK_OPERATION
    }

    public enum Kind {
        /** An open user task falls due (its due date, or the interrupting boundary timer on it: a fix window). */
        TASK_DUE("到期提醒"),
        /** An application waits for {@code PaymentReceived} and its {@code paymentDeadline} is near. */
        PAYMENT_DUE("缴费提醒"),
        /** A new task waits for its holder. */
        TASK_WAITING("新待办"),
        /** The applicant's revision task: the application came back with the reviewer's reasons. */
        TASK_RETURNED("退回修改"),
        /** An office's review task came back from a later office (退回上一环节), with its reason. */
        TASK_SENT_BACK("退回重审"),
        /** Someone (or the reminder job, for an overdue task) urged the holder (催办). */
        TASK_URGED("催办"),
        /** A task was transferred, delegated, resolved or a reviewer added (转办、委派、加签). */
        TASK_HANDED_OVER("任务转交"),
        /** The application's process ended with its final status (评审结果). */
        RESULT_PUBLISHED("评审结果"),
        /** A unit's self-registration was refused by its competent department, with the reasons (单位注册未通过). */
        UNIT_REGISTRATION_REFUSED("单位注册未通过");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum RecipientType {
        ASSIGNEE("办理人"),
        CANDIDATE_USERS("候选用户"),
        CANDIDATE_GROUPS("候选组"),
        APPLICANT("申报人"),
        NONE("无接收人");

        private final String label;

        RecipientType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean groups() {
            return this == CANDIDATE_GROUPS;
        }
    }

    public enum Channel {
        LOG, MAIL
    }
}
