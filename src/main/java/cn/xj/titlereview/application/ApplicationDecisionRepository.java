package cn.xj.titlereview.application;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationDecisionRepository extends JpaRepository<ApplicationDecision, Long> {

    @Query("select d from ApplicationDecision d where d.applicationNo = ?1 order by d.id")
    List<ApplicationDecision> history(String applicationNo);
}
