package cn.xj.titlereview.eligibility;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApplicantBanRepository extends JpaRepository<ApplicantBan, Long> {

    /** Bans in force on the day, the one ending last first. */
    @Query("select b from ApplicantBan b where b.idNumberIndex = :index and b.startsOn <= :day and b.endsOn >= :day"
            + " order by b.endsOn desc")
    List<ApplicantBan> inForce(@Param("index") String idNumberIndex, @Param("day") LocalDate day);

    List<ApplicantBan> findAllByOrderByIdDesc();
}
