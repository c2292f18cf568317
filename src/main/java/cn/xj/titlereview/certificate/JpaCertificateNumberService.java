package cn.xj.titlereview.certificate;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
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
 * Only the first row of a new prefix is created in a transaction of its own, so that two
 * issuers racing to create it do not fail each other: the loser meets the primary key and
 * simply uses the winner's row.
 */
@Service
class JpaCertificateNumberService implements CertificateNumberService {

    private final IssuedCertificateRepository certificates;
    private final CertificateSequenceRepository sequences;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate inTransaction;
    private final ReentrantLock localIssuer = new ReentrantLock();

    JpaCertificateNumberService(IssuedCertificateRepository certificates, CertificateSequenceRepository sequences,
                                PlatformTransactionManager transactionManager) {
        this.certificates = certificates;
        this.sequences = sequences;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
            newTransaction.executeWithoutResult(status -> sequences.saveAndFlush(new CertificateSequence(prefix)));
        } catch (DataIntegrityViolationException createdConcurrently) {
            // another issuer created the row first; it is used below
        }
    }
}
