package cn.xj.titlereview.certificate;



import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CertificateSequenceRepository extends JpaRepository<CertificateSequence, String> {

    /**
     * Takes the next number in one statement: the UPDATE locks the row and adds to the latest
     * committed count on every database (a locking SELECT followed by a write in Java could read
     * a stale count on H2 under load). Returns the rows changed: 0 when the prefix is new.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CertificateSequence s set s.issuedCount = s.issuedCount + 1 where s.prefix = :prefix")
    int increment(@Param("prefix") String prefix);

    @Query("select s.issuedCount from CertificateSequence s where s.prefix = :prefix")
    long issuedCount(@Param("prefix") String prefix);
}
