package cn.xj.titlereview.registration;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.xj.titlereview.security.LoginThrottle;

/**
 * A phone confirmed by a one-time code for other features than the applicants' registration (the contact of a
 * unit that registers itself): the code is used in the caller's transaction ({@link #use}: a rollback leaves it
 * unused), a refusal counts as a wrong try and a failed login of the client address ({@link #refused}, after the
 * rollback), and short messages go out after the commit.
 */
@Service
public class PhoneConfirmation {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Logger log = LoggerFactory.getLogger(PhoneConfirmation.class);
    public static final String SMS_SIGN = "【新疆职称评审】";

    /** A code refused (wrong, expired, used, exhausted): the caller rolls back, then calls {@link #refused}. */
    public static final class CodeRefused extends RuntimeException {
        private final Long codeId;

        CodeRefused(Long codeId, String reason) {
            super(reason, null, false, false);
            this.codeId = codeId;
        }
    }

    private final OneTimeCodes codes;
    private final SmsGateway sms;
    private final LoginThrottle throttle;

    PhoneConfirmation(OneTimeCodes codes, SmsGateway sms, LoginThrottle throttle) {
        this.codes = codes;
        this.sms = sms;
        this.throttle = throttle;
    }

    /** An 11-digit mainland mobile number. */
    public static boolean isMobile(String phone) {
        return phone != null && MOBILE.matcher(phone).matches();
    }

    /** Uses the newest code of the phone for the purpose, in the caller's transaction; {@link CodeRefused} if not. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void use(String phone, VerificationPurpose purpose, String code) {
        OneTimeCodes.Outcome outcome = codes.use(phone, purpose, code);
        if (outcome.refusal() != null) {
            throw new CodeRefused(outcome.refusal().codeId(), outcome.refusal().reason());
        }
    }

    /** After the rollback: the wrong try counted on the code and the client address. */
    public void refused(CodeRefused refusal, String clientAddress) {
        log.info("验证码被拒绝：{}", refusal.getMessage());
        if (refusal.codeId != null) {
            codes.countFailedTry(refusal.codeId);
        }
        throttle.failed(clientAddress);
    }

    /** The text to the phone once the current transaction commits (at once without one). */
    public void sendAfterCommit(String phone, String text) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            sms.send(phone, text);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sms.send(phone, text);
            }
        });
    }
}
