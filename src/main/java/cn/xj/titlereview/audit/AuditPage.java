package cn.xj.titlereview.audit;

import java.util.List;

/** A page of audit events, oldest first. */
public record AuditPage(int page, int size, long total, List<AuditEvent> events) {
}
