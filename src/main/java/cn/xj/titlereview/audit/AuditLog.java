package cn.xj.titlereview.audit;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xj.titlereview.calendar.ProductClock;

/**
 * Appends audit events, always in the transaction that does the work, on its connection:
 * <ul>
 *   <li>a view joins the transaction that reads the personal data (which must therefore be
 *       read-write; a read-only one is refused at once), or runs in one of its own when there is none.
 *       The row commits with the read, before the answer leaves: no data goes out without its row, and
 *       a row whose read failed rolls back with it. No second connection is taken while the reading
 *       one is held, so a pool busy with views cannot wait on itself (a transaction of its own per
 *       view, as before, needed two connections per request and stalled every request of a full
 *       pool until the pool's timeout);
 *   <li>a decision joins the engine's transaction, so a decision that rolls back leaves no trace and
 *       one that commits always has its row.
 * </ul>
 * Time is the engine clock (simulation included).
 */
@Service
public class AuditLog {

    public static final int PAGE_SIZE = 50;
    private static final int DETAIL_LENGTH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate callersTransaction;

    public AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.callersTransaction = new TransactionTemplate(transactionManager);
        this.callersTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    /**
     * A view of personal data, in the reading transaction: committed with it, rolled back with it.
     *
     * @throws IllegalStateException inside a read-only transaction (MySQL would refuse the row)
     */
    public void view(String actor, AuditAction action, String applicationNo, String detail) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("审计记录须写在读取个人信息的读写事务中，当前事务为只读：" + action);
        }
        callersTransaction.executeWithoutResult(status -> insert(actor, action, applicationNo, detail));
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
                Timestamp.from(ProductClock.now()), actor == null ? "system" : actor,
                action.name(), applicationNo, truncate(detail));
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }
}
