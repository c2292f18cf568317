package cn.xj.titlereview.unitaccount;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitContactRepository extends JpaRepository<UnitContact, String> {

    Optional<UnitContact> findByUserId(String userId);
}
