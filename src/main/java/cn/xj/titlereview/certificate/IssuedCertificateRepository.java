package cn.xj.titlereview.certificate;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedCertificateRepository extends JpaRepository<IssuedCertificate, String> {

    Optional<IssuedCertificate> findByApplicationNo(String applicationNo);
}
