package cn.xj.titlereview.application;

import org.springframework.dao.DuplicateKeyException;
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
 */
@Component
class ApplicationNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ApplicationNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(int year) {
        Long value = ownTransaction.execute(status -> increment(year));
        return format(year, value);
    }

    static String format(int year, long value) {
        return String.format("ZC%d-%06d", year, value);
    }

    private long increment(int year) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.update(
                    "UPDATE application_number_counter SET last_value = last_value + 1 WHERE number_year = ?", year);
            if (updated == 1) {
                return jdbc.queryForObject(
                        "SELECT last_value FROM application_number_counter WHERE number_year = ?", Long.class, year);
            }
            try {
                jdbc.update("INSERT INTO application_number_counter (number_year, last_value) VALUES (?, 1)", year);
                return 1L;
            } catch (DuplicateKeyException e) {
                // another request created the year's row first: increment it
            }
        }
        throw new IllegalStateException("申报编号分配失败");
    }
}
