package cn.xj.titlereview.application;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Application numbers {@code ZC<year>-<6 digits>}, counted per year in a database table: the
 * increment is a row update in a short transaction of its own, so concurrent requests (and nodes)
 * queue on the row lock briefly and never get the same number; a rolled-back request leaves a gap.
 * (MySQL 8 has no sequences; a counter row works the same on H2, MySQL and MariaDB.)
 *
 * <p>A year's row is created by a transaction that does nothing else: on InnoDB, several
 * transactions that each tried the insert and then the update would deadlock on the shared locks
 * left by the duplicate-key errors.
 */
@Component
class ApplicationNumbers {

    private static final int ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ApplicationNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(int year) {
        for (int attempt = 1; ; attempt++) {
            try {
                Long value = ownTransaction.execute(status -> increment(year));
                if (value != null) {
                    return format(year, value);
                }
                createYear(year);
            } catch (PessimisticLockingFailureException e) {
                // deadlock victim or lock timeout: the transaction was rolled back, nothing was taken
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
            if (attempt >= ATTEMPTS) {
                throw new IllegalStateException("申报编号分配失败");
            }
        }
    }

    static String format(int year, long value) {
        return String.format("ZC%d-%06d", year, value);
    }

    /** The next value, or null when the year has no row yet. */
    private Long increment(int year) {
        int updated = jdbc.update(
                "UPDATE application_number_counter SET last_value = last_value + 1 WHERE number_year = ?", year);
        if (updated == 0) {
            return null;
        }
        return jdbc.queryForObject(
                "SELECT last_value FROM application_number_counter WHERE number_year = ?", Long.class, year);
    }

    private void createYear(int year) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO application_number_counter (number_year, last_value) VALUES (?, 0)", year));
        } catch (DuplicateKeyException e) {
            // created meanwhile by another request
        }
    }
}
