package cn.xj.titlereview.certificate;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xj.titlereview.calendar.ProductClock;

/**
 * Certificate numbers from the product's own tables, independent of the engine and of the
 * database vendor: one row per prefix in {@code certificate_sequence}, read with
 * {@code SELECT ... FOR UPDATE} so that concurrent issuers of the same prefix take turns, and
 * one row per number in {@code issued_certificate}, whose primary key (the number) and unique
 * application number are the last guard against a duplicate.
 *
 * <p>It joins the caller's transaction (the engine's, when called from the delegate), so the
 * number and the process state commit or roll back together: a rolled-back job leaves no gap.
 * Everything runs on the caller's one connection, the first row of a new prefix included: a
 * second connection taken while the first is held (a transaction of its own) would starve the
 * pool as soon as as many confirmations as it has connections reach a new prefix together, each
 * holding one connection and waiting for another. Two nodes creating the same prefix at once: the
 * loser meets the primary key, its statement alone is undone, and it counts on the winner's row
 * (should the database pick it as a deadlock victim instead, its job rolls back and is retried).
 */
@Service
class JpaCertificateNumberService implements CertificateNumberService {

    private final IssuedCertificateRepository certificates;
    private final CertificateSequenceRepository sequences;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate inTransaction;
    private final ReentrantLock localIssuer = new ReentrantLock();

    JpaCertificateNumberService(IssuedCertificateRepository certificates, CertificateSequenceRepository sequences,
                                JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.certificates = certificates;
        this.sequences = sequences;
        this.jdbc = jdbc;
        this.inTransaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public String issue(CertificateRequest request) {
        // One issuer at a time in this JVM, held until the transaction ends: H2 (the embedded
        // default) let two transactions compute the same next value; between nodes the
        // database's row lock on the sequence orders them.
        localIssuer.lock();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // inside the caller's transaction (the engine's): released when it commits or rolls back
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    localIssuer.unlock();
                }
            });
            return issueInTransaction(request);
        }
        try {
            return inTransaction.execute(status -> issueInTransaction(request));
        } finally {
            localIssuer.unlock();
        }
    }

    private String issueInTransaction(CertificateRequest request) {
        Optional<IssuedCertificate> existing = certificates.findByApplicationNo(request.applicationNo());
        if (existing.isPresent()) {
            return existing.get().certificateNo();
        }
        String prefix = CertificateNumberFormat.prefix(request);
        String number = CertificateNumberFormat.number(prefix, nextInSequence(prefix));
        // flushed now: a duplicate fails here and the transaction rolls back
        certificates.saveAndFlush(new IssuedCertificate(number, request, ProductClock.now()));
        return number;
    }

    private long nextInSequence(String prefix) {
        if (sequences.increment(prefix) == 0) {
            createSequence(prefix);
            if (sequences.increment(prefix) == 0) {
                throw new IllegalStateException("证书编号序列创建失败：" + prefix);
            }
        }
        return sequences.issuedCount(prefix);
    }

    private void createSequence(String prefix) {
        try {
            // plain JDBC on the transaction's connection: a failed insert leaves the JPA session usable
            jdbc.update("INSERT INTO certificate_sequence (seq_prefix, issued_count) VALUES (?, 0)", prefix);
        } catch (DataIntegrityViolationException createdConcurrently) {
            // another node created the row first; it is used below
        }
    }
}
