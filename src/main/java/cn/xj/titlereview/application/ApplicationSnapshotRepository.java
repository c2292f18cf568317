package cn.xj.titlereview.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationSnapshotRepository extends JpaRepository<ApplicationSnapshot, Long> {

    @Query("select s from ApplicationSnapshot s where s.applicationNo = ?1 order by s.version")
    List<ApplicationSnapshot> history(String applicationNo);

    @Query("select s from ApplicationSnapshot s where s.applicationNo = ?1 and s.version = ?2")
    Optional<ApplicationSnapshot> find(String applicationNo, int version);
}
