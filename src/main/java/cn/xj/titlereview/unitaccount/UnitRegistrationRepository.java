package cn.xj.titlereview.unitaccount;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRegistrationRepository extends JpaRepository<UnitRegistration, Long> {

    boolean existsByOpenCreditCode(String creditCode);

    boolean existsByContactUserIdAndStatus(String userId, UnitRegistration.Status status);
}
