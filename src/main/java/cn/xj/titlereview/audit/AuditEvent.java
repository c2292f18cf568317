package cn.xj.titlereview.audit;

import java.time.Instant;

/** One row of the audit log. The detail never holds personal data or a committee member's vote. */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String applicationNo,
                         String detail) {
}
