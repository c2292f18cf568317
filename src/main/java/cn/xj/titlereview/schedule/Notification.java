package cn.xj.titlereview.schedule;

import java.time.Instant;
import java.util.List;

/**
 * A reminder (催办), row of table {@code notification}: one per (source, kind), where the source is
 * an open task or an execution waiting for a message. Recipients are ids only (users or groups);
 * e-mail addresses are looked up in the Camunda identity service when a mail is sent.
 */
public record Notification(Long id, SourceType sourceType, String sourceId, Kind kind, String processInstanceId,
                           String applicationNo, String activityId, Instant dueAt, RecipientType recipientType,
                           List<String> recipients, Channel channel, String message, Instant createdAt,
                           Instant sentAt, int attempts, String lastError) {

    public Notification {
        recipients = List.copyOf(recipients);
    }

    public enum SourceType {
        TASK, EXECUTION
    }

    public enum Kind {
        /** An open user task falls due (its due date, or the interrupting boundary timer on it). */
        TASK_DUE,
        /** An application waits for {@code PaymentReceived} and its {@code paymentDeadline} is near. */
        PAYMENT_DUE
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

        boolean groups() {
            return this == CANDIDATE_GROUPS;
        }
    }

    public enum Channel {
        LOG, MAIL
    }
}
