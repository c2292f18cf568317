package cn.xj.titlereview.registration;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.security.IdNumberCrypto;

/**
 * One-time codes: six digits from a {@link SecureRandom}, kept only as an HMAC, valid for five minutes
 * ({@code valid-for}), at most five tries ({@code max-tries}); only the newest code of a phone and purpose
 * counts. Limits: one code a minute and ten a Beijing day per phone (whatever the purpose), thirty an hour per
 * client address. Time is the product clock.
 */
@Service
class OneTimeCodes {

    private static final Logger log = LoggerFactory.getLogger(OneTimeCodes.class);

    private final VerificationCodeRepository codes;
    private final IdNumberCrypto crypto;
    private final VerificationCodeProperties limits;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(VerificationCodeRepository codes, IdNumberCrypto crypto, VerificationCodeProperties limits) {
        this.codes = codes;
        this.crypto = crypto;
        this.limits = limits;
    }

    VerificationCodeProperties limits() {
        return limits;
    }

    /**
     * A new code for the phone, after the limits (429 with the time to wait). Written in the caller's transaction;
     * the caller decides whether it is sent.
     */
    String issue(String phone, VerificationPurpose purpose, String clientAddress) {
        Instant now = ProductClock.now();
        Optional<VerificationCode> last = codes.findFirstByPhoneOrderByIdDesc(phone);
        if (last.isPresent() && now.isBefore(last.get().issuedAt().plus(limits.phoneInterval()))) {
            Duration wait = Duration.between(now, last.get().issuedAt().plus(limits.phoneInterval()));
            throw new TooManyCodesException("phone", "同一手机号码" + seconds(limits.phoneInterval())
                    + "内只能获取一次验证码，请" + Math.max(1, wait.toSeconds()) + "秒后再试", wait);
        }
        LocalDate today = LocalDate.ofInstant(now, BeijingTime.ZONE);
        Instant dayStart = today.atStartOfDay(BeijingTime.ZONE).toInstant();
        if (codes.countForPhone(phone, dayStart, now) >= limits.phonePerDay()) {
            Instant tomorrow = today.plusDays(1).atStartOfDay(BeijingTime.ZONE).toInstant();
            throw new TooManyCodesException("phone", "同一手机号码每天最多获取" + limits.phonePerDay()
                    + "次验证码，请明天再试", Duration.between(now, tomorrow));
        }
        Duration hour = Duration.ofHours(1);
        List<Instant> fromAddress = codes.issuedForAddress(clientAddress, now.minus(hour), now,
                Limit.of(limits.addressPerHour()));
        if (fromAddress.size() >= limits.addressPerHour()) {
            Instant free = fromAddress.get(0).plus(hour);
            throw new TooManyCodesException("phone", "本地址获取验证码过于频繁，请于" + BeijingTime.format(free)
                    + "（北京时间）后再试", Duration.between(now, free));
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        byte[] saltBytes = new byte[16];
        random.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        codes.saveAndFlush(new VerificationCode(phone, purpose, crypto.codeDigest(salt, code), salt, clientAddress,
                now, now.plus(limits.validFor())));
        log.info("验证码已生成：{}，{}", SmsGateway.maskPhone(phone), purpose.label());
        return code;
    }

    /**
     * Checks a code and marks it used, in the caller's transaction (a rollback leaves it unused): the newest code
     * of the phone for the purpose, not used, not expired (valid up to the second before {@code expiresAt}),
     * fewer than {@code max-tries} wrong tries, and equal. The id of the code used, or the refusal with the id of
     * the code whose try must be counted ({@link #countFailedTry}, in a transaction of its own).
     */
    Outcome use(String phone, VerificationPurpose purpose, String code) {
        Instant now = ProductClock.now();
        Optional<VerificationCode> newest = codes.findFirstByPhoneAndPurposeOrderByIdDesc(phone, purpose);
        if (newest.isEmpty()) {
            return new Outcome(null, new Refusal(null, "none"));
        }
        VerificationCode c = newest.get();
        if (c.usedAt() != null) {
            return new Outcome(null, new Refusal(null, "used"));
        }
        if (!now.isBefore(c.expiresAt())) {
            return new Outcome(null, new Refusal(null, "expired"));
        }
        if (c.tries() >= limits.maxTries()) {
            return new Outcome(null, new Refusal(null, "tries"));
        }
        if (code == null || !java.security.MessageDigest.isEqual(crypto.codeDigest(c.salt(), code).getBytes(),
                c.codeDigest().getBytes())) {
            return new Outcome(c.id(), new Refusal(c.id(), "wrong"));
        }
        if (codes.markUsed(c.id(), now) != 1) {
            return new Outcome(null, new Refusal(null, "used"));
        }
        return new Outcome(c.id(), null);
    }

    /** The code a request named (null when there was none to use) and why it was refused (null: used). */
    record Outcome(Long codeId, Refusal refusal) {
    }

    /** A wrong try (or a refusal after a right code), committed whatever the caller's transaction does. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void countFailedTry(long codeId) {
        codes.countTry(codeId);
    }

    /** Why a code was refused (for the log only: the caller always answers the same). */
    record Refusal(Long codeId, String reason) {
    }

    private static String seconds(Duration d) {
        return d.toSeconds() % 60 == 0 ? (d.toMinutes() == 1 ? "1分钟" : d.toMinutes() + "分钟") : d.toSeconds() + "秒";
    }
}
