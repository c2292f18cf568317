package cn.xj.titlereview.application;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

    @Query("select a from Application a where a.applicationNo = ?1")
    Optional<Application> findByNo(String applicationNo);

    /** The row locked for the rest of the transaction: submissions of one application never overlap. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.applicationNo = ?1")
    Optional<Application> lockByNo(String applicationNo);

    @Query("select count(a) > 0 from Application a where a.noticeId = ?1 and a.idNumberIndex = ?2 and a.applicationNo <> ?3")
    boolean idNumberUsedElsewhere(String noticeId, String idNumberIndex, String applicationNo);

    @Query("select a.applicationNo from Application a where a.applicantUserId = ?1 order by a.id")
    List<String> numbersOf(String applicantUserId);

    /** Submitted applications (never drafts), newest first; a null filter is not applied. */
    @Query("select a from Application a where a.status <> cn.xj.titlereview.application.ApplicationStatus.DRAFT"
            + " and (:notice is null or a.noticeId = :notice) and (:unit is null or a.employerUnitCode = :unit)"
            + " and (:status is null or a.status = :status) order by a.id desc")
    List<Application> listed(@Param("notice") String notice, @Param("unit") String unit,
                             @Param("status") ApplicationStatus status);
}
