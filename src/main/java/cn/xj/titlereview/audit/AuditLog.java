package cn.xj.titlereview.audit;

import java.sql.Timestamp;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends audit events. Views are written in a transaction of their own (the reading transaction
 * may be read-only); decisions join the engine's transaction, so a decision that rolls back leaves
 * no trace and one that commits always has its row. Time is the engine clock (simulation included).
 */
@Service
public class AuditLog {

    public static final int PAGE_SIZE = 50;
    private static final int DETAIL_LENGTH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A view of personal data, committed at once whatever the caller's transaction does. */
    public void view(String actor, AuditAction action, String applicationNo, String detail) {
        ownTransaction.executeWithoutResult(status -> insert(actor, action, applicationNo, detail));
    }

    /** A decision, written in the caller's (engine's) transaction. */
    public void decision(String actor, AuditAction action, String applicationNo, String detail) {
        insert(actor, action, applicationNo, detail);
    }

    public AuditPage page(String applicationNo, int page) {
        int safePage = Math.max(page, 0);
        boolean filtered = applicationNo != null && !applicationNo.isBlank();
        String where = filtered ? " where application_no = ?" : "";
        Object[] args = filtered ? new Object[] {applicationNo} : new Object[0];
        Long total = jdbc.queryForObject("select count(*) from audit_event" + where, Long.class, args);
        List<AuditEvent> events = jdbc.query(
                "select id, occurred_at, actor, action, application_no, detail from audit_event" + where
                        + " order by id limit " + PAGE_SIZE + " offset " + ((long) safePage * PAGE_SIZE),
                (rs, row) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("application_no"),
                        rs.getString("detail")),
                args);
        return new AuditPage(safePage, PAGE_SIZE, total == null ? 0 : total, events);
    }

    private void insert(String actor, AuditAction action, String applicationNo, String detail) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, application_no, detail) values (?, ?, ?, ?, ?)",
                new Timestamp(ClockUtil.getCurrentTime().getTime()), actor == null ? "system" : actor,
                action.name(), applicationNo, truncate(detail));
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }
}
