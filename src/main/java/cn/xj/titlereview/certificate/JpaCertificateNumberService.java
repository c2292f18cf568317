package cn.xj.titlereview.certificate;

import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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

    JpaCertificateNumberService(IssuedCertificateRepository certificates, CertificateSequenceRepository sequences,
                                PlatformTransactionManager transactionManager) {
        this.certificates = certificates;
        this.sequences = sequences;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional
    public String issue(CertificateRequest request) {
        Optional<IssuedCertificate> existing = certificates.findByApplicationNo(request.applicationNo());
        if (existing.isPresent()) {
            return existing.get().certificateNo();
        }
        String prefix = CertificateNumberFormat.prefix(request);
        CertificateSequence sequence = lockSequence(prefix);
        String number = CertificateNumberFormat.number(prefix, sequence.next());
        certificates.save(new IssuedCertificate(number, request, ClockUtil.getCurrentTime().toInstant()));
        return number;
    }

    private CertificateSequence lockSequence(String prefix) {
        return sequences.findForUpdate(prefix).orElseGet(() -> {
            createSequence(prefix);
            return sequences.findForUpdate(prefix)
                    .orElseThrow(() -> new IllegalStateException("证书编号序列创建失败：" + prefix));
        });
    }

    private void createSequence(String prefix) {
        try {
            newTransaction.executeWithoutResult(status -> sequences.saveAndFlush(new CertificateSequence(prefix)));
        } catch (DataIntegrityViolationException createdConcurrently) {
            // another issuer created the row first; it is used below
        }
    }
}
