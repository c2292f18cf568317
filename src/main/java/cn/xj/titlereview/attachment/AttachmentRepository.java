package cn.xj.titlereview.attachment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    @Query("select a from Attachment a where a.publicId = ?1 and a.deleted = false")
    Optional<Attachment> findLive(String publicId);

    @Query("select a from Attachment a where a.applicationNo = ?1 and a.deleted = false order by a.id")
    List<Attachment> live(String applicationNo);

    @Query("select count(a) from Attachment a where a.applicationNo = ?1 and a.deleted = false")
    long countLive(String applicationNo);
}
