package cn.xj.titlereview.certificate;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CertificateSequenceRepository extends JpaRepository<CertificateSequence, String> {

    /** SELECT ... FOR UPDATE: concurrent issuers of one prefix wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CertificateSequence s where s.prefix = :prefix")
    Optional<CertificateSequence> findForUpdate(@Param("prefix") String prefix);
}
