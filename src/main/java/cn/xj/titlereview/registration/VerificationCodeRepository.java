package cn.xj.titlereview.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VerificationCodeRepository extends JpaRepository<VerificationCode, Long> {

    /** The newest code of a phone for a purpose: only the newest one counts. */
    Optional<VerificationCode> findFirstByPhoneAndPurposeOrderByIdDesc(String phone, VerificationPurpose purpose);

    /** The newest code of a phone, whatever its purpose (one message a minute per phone). */
    Optional<VerificationCode> findFirstByPhoneOrderByIdDesc(String phone);

    @Query("select count(c) from VerificationCode c where c.phone = ?1 and c.issuedAt >= ?2 and c.issuedAt <= ?3")
    long countForPhone(String phone, Instant from, Instant to);

    @Query("select c.issuedAt from VerificationCode c where c.clientAddress = ?1 and c.issuedAt > ?2"
            + " and c.issuedAt <= ?3 order by c.issuedAt")
    List<Instant> issuedForAddress(String clientAddress, Instant after, Instant to, Limit limit);

    /** Marks the code used unless it already is (two requests with the same code: one wins). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update VerificationCode c set c.usedAt = ?2 where c.id = ?1 and c.usedAt is null")
    int markUsed(long id, Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update VerificationCode c set c.tries = c.tries + 1 where c.id = ?1")
    int countTry(long id);
}
