package cn.xj.titlereview.registration;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.declaration.IdDocuments;
import cn.xj.titlereview.declaration.IdType;
import cn.xj.titlereview.declaration.Limits;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.security.IdNumberCrypto;
import cn.xj.titlereview.security.LoginThrottle;
import cn.xj.titlereview.security.PasswordPolicyProblems;

/**
 * Codes, registrations and password resets.
 *
 * <p>A registration writes the Camunda user (group {@code applicant}), its membership and the {@link Person} in one
 * transaction: the engine takes part in Spring's transaction (the Camunda starter hands the engine the product's
 * {@code PlatformTransactionManager} and data source), so a refused or failed person row takes the user back with
 * it. One account per identity document and per phone is kept by the unique keys of {@code person}, not by a
 * look-up first: a second registration of a number fails on the key, at any moment, and the engine's user goes
 * with the rollback.
 *
 * <p>Nothing tells a stranger about an existing account: a code request answers the same for every phone (a phone
 * that has an account gets no registration code but a note; a reset code goes only to a phone on file); a second
 * registration of a number or a phone answers exactly like a wrong code, and costs a try of the code like one.
 * Every refusal of a code counts as a failed login of the client address ({@link LoginThrottle}).
 */
@Service
class RegistrationService {

    /** The one answer for a wrong, expired, used or exhausted code and for a refused registration. */
    static final String REFUSED = "验证码不正确或已失效，或所填信息无法注册；已注册过的请直接登录或找回密码";
    static final String RESET_REFUSED = "验证码不正确或已失效";
    static final String CODE_SENT = "如该手机号码可以接收短信，验证码已发出，有效期5分钟";
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final String SMS_SIGN = "【新疆职称评审】";
    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

    private final OneTimeCodes codes;
    private final PersonRepository people;
    private final IdentityService identityService;
    private final IdNumberCrypto crypto;
    private final SmsGateway sms;
    private final AuditLog auditLog;
    private final LoginThrottle throttle;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    RegistrationService(OneTimeCodes codes, PersonRepository people, IdentityService identityService,
                        IdNumberCrypto crypto, SmsGateway sms, AuditLog auditLog, LoginThrottle throttle,
                        PlatformTransactionManager transactionManager) {
        this.codes = codes;
        this.people = people;
        this.identityService = identityService;
        this.crypto = crypto;
        this.sms = sms;
        this.auditLog = auditLog;
        this.throttle = throttle;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    record CodeRequest(String phone, String purpose) {
    }

    record CodeAnswer(String message, long validForSeconds, long nextCodeInSeconds) {
    }

    record RegistrationRequest(String name, String idType, String idNumber, String phone, String code,
                               String password) {
        @Override
        public String toString() {
            return "RegistrationRequest";
        }
    }

    record Registered(String userId, String message) {
    }

    record ResetRequest(String phone, String code, String password) {
        @Override
        public String toString() {
            return "ResetRequest";
        }
    }

    record Reset(String userId, String message) {
    }

    /** A code to the phone, or to nobody: the answer is the same (202). */
    CodeAnswer requestCode(CodeRequest request, String clientAddress) {
        Problems problems = new Problems();
        String phone = phone(problems, request.phone());
        VerificationPurpose purpose = null;
        if (request.purpose() == null || request.purpose().isBlank()) {
            problems.add("purpose", "必填", "请说明验证码的用途：REGISTER（注册）、RESET_PASSWORD（找回密码）或 UNIT_REGISTER（单位注册）");
        } else {
            purpose = cn.xj.titlereview.notice.Labelled.parse(VerificationPurpose.class, request.purpose()).orElse(null);
            if (purpose == null) {
                problems.add("purpose", "取值", "用途应为 REGISTER（注册）、RESET_PASSWORD（找回密码）或 UNIT_REGISTER（单位注册）");
            }
        }
        problems.throwIfAny("请求有误");
        VerificationPurpose what = purpose;
        transaction.executeWithoutResult(status -> {
            String code = codes.issue(phone, what, clientAddress);
            boolean onFile = people.existsByPhone(phone);
            String minutes = codes.limits().validFor().toMinutes() + "分钟";
            String text = switch (what) {
                case REGISTER -> onFile
                        ? SMS_SIGN + "该手机号码已注册职称评审系统账号。如忘记密码，请在注册页面选择“找回密码”。如非本人操作，请忽略。"
                        : SMS_SIGN + "您的注册验证码为" + code + "，" + minutes + "内有效。请勿告诉他人。";
                case RESET_PASSWORD -> onFile
                        ? SMS_SIGN + "您正在找回密码，验证码为" + code + "，" + minutes + "内有效。请勿告诉他人。"
                        : null;
                case UNIT_REGISTER -> SMS_SIGN + "您正在注册用人单位账号，验证码为" + code + "，" + minutes + "内有效。请勿告诉他人。";
            };
            if (text != null) {
                afterCommit(() -> sms.send(phone, text));
            }
        });
        return new CodeAnswer(CODE_SENT, codes.limits().validFor().toSeconds(), codes.limits().phoneInterval().toSeconds());
    }

    /** 201 with the new user id; 400 with every problem of the form, or {@link #REFUSED}. */
    Registered register(RegistrationRequest request, String clientAddress) {
        LocalDate today = LocalDate.ofInstant(ProductClock.now(), BeijingTime.ZONE);
        Problems problems = new Problems();
        String name = request.name() == null ? null : request.name().strip();
        if (name == null || name.isEmpty()) {
            problems.add("name", "必填", "请填写姓名（与证件一致）");
        } else if (name.length() > Limits.NAME) {
            problems.add("name", "长度", "姓名不能超过" + Limits.NAME + "个字符");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            problems.add("name", "格式", "姓名不能含控制字符");
        }
        IdType idType = IdDocuments.parseType(request.idType());
        IdDocuments.Check id = null;
        if (idType == null) {
            problems.addAll(List.of(IdDocuments.unknownType("idType")));
        } else {
            id = IdDocuments.check(idType, request.idNumber(), today, "idNumber");
            problems.addAll(id.problems());
        }
        String phone = phone(problems, request.phone());
        code(problems, request.code());
        password(problems, request.password(), null);
        problems.throwIfAny("注册信息有误");

        String userId = newUserId();
        IdDocuments.Check document = id;
        Optional<Long> refusedCode = tryRun(() -> {
            OneTimeCodes.Outcome code = codes.use(phone, VerificationPurpose.REGISTER, request.code());
            if (code.refusal() != null) {
                throw new Refused(code.refusal());
            }
            User user = identityService.newUser(userId);
            // the webapps show "first last": the whole Chinese name goes in the first field
            user.setFirstName(name);
            user.setLastName("");
            user.setPassword(request.password());
            password(null, request.password(), user);
            identityService.saveUser(user);
            identityService.createMembership(userId, RoleGroups.APPLICANT);
            Instant now = ProductClock.now();
            String normalized = document.normalized();
            try {
                people.saveAndFlush(new Person(userId, name, idType, crypto.encrypt(normalized),
                        crypto.blindIndex(IdDocuments.indexKey(idType, normalized)), phone, now));
            } catch (DataIntegrityViolationException e) {
                // the document or the phone has an account already: said like a wrong code, and the user goes too
                throw new Refused(new OneTimeCodes.Refusal(code.codeId(), "registered"));
            }
            auditLog.decision(userId, AuditAction.REGISTER_ACCOUNT, null,
                    "实名注册申报人账号 " + userId + "（" + idType.label() + "）");
            afterCommit(() -> sms.send(phone, SMS_SIGN + "您已完成实名注册，用户名为" + userId + "，请用该用户名和您设置的密码登录。"));
        });
        if (refusedCode.isPresent()) {
            refuse(refusedCode.get(), clientAddress);
            throw ApiProblemException.badRequest(REFUSED, List.of(new FieldProblem("code", "验证码", REFUSED)));
        }
        log.info("申报人已实名注册：{}（{}）", userId, idType.label());
        return new Registered(userId, "注册成功，您的用户名为 " + userId + "，请牢记；登录时使用用户名和密码");
    }

    /** 200 with the account's user id; 400 with the problems, or {@link #RESET_REFUSED}. */
    Reset resetPassword(ResetRequest request, String clientAddress) {
        Problems problems = new Problems();
        String phone = phone(problems, request.phone());
        code(problems, request.code());
        password(problems, request.password(), null);
        problems.throwIfAny("找回密码信息有误");
        String[] userId = new String[1];
        Optional<Long> refusedCode = tryRun(() -> {
            OneTimeCodes.Outcome code = codes.use(phone, VerificationPurpose.RESET_PASSWORD, request.code());
            if (code.refusal() != null) {
                throw new Refused(code.refusal());
            }
            Person person = people.findByPhone(phone)
                    .orElseThrow(() -> new Refused(new OneTimeCodes.Refusal(code.codeId(), "no account")));
            User user = identityService.createUserQuery().userId(person.userId()).singleResult();
            if (user == null) {
                throw new Refused(new OneTimeCodes.Refusal(code.codeId(), "no user"));
            }
            password(null, request.password(), user);
            user.setPassword(request.password());
            identityService.saveUser(user);
            // the phone proved who it is: a login lock from wrong passwords ends with the new one
            identityService.unlockUser(user.getId());
            Instant now = ProductClock.now();
            person.passwordReset(now);
            people.saveAndFlush(person);
            auditLog.decision(user.getId(), AuditAction.RESET_PASSWORD, null, "以手机验证码重设密码：" + user.getId());
            userId[0] = user.getId();
        });
        if (refusedCode.isPresent()) {
            refuse(refusedCode.get(), clientAddress);
            throw ApiProblemException.badRequest(RESET_REFUSED, List.of(new FieldProblem("code", "验证码", RESET_REFUSED)));
        }
        log.info("密码已通过手机验证码重设：{}", userId[0]);
        return new Reset(userId[0], "密码已重设，您的用户名为 " + userId[0] + "，请用新密码登录");
    }

    /**
     * Runs the work in one transaction; a {@link Refused} rolls it back and comes out as the id of the code whose
     * try counts (-1: none), other exceptions go on.
     */
    private Optional<Long> tryRun(Runnable work) {
        try {
            transaction.executeWithoutResult(status -> work.run());
            return Optional.empty();
        } catch (Refused refused) {
            log.info("验证码或注册被拒绝：{}", refused.refusal.reason());
            return Optional.of(refused.refusal.codeId() == null ? -1L : refused.refusal.codeId());
        }
    }

    private void refuse(long codeId, String clientAddress) {
        if (codeId >= 0) {
            codes.countFailedTry(codeId);
        }
        throttle.failed(clientAddress);
    }

    private static String phone(Problems problems, String raw) {
        String phone = raw == null ? null : raw.strip();
        if (phone == null || phone.isEmpty()) {
            problems.add("phone", "必填", "请填写手机号码");
            return null;
        }
        if (!MOBILE.matcher(phone).matches()) {
            problems.add("phone", "格式", "手机号码应为11位，以1开头");
            return null;
        }
        return phone;
    }

    private static void code(Problems problems, String code) {
        if (code == null || code.isBlank()) {
            problems.add("code", "必填", "请填写短信验证码");
        } else if (!CODE.matcher(code).matches()) {
            problems.add("code", "格式", "验证码应为6位数字");
        }
    }

    /**
     * The engine's password policy: with {@code user} null its general rules (length, character kinds) into the
     * problems; with the user also the rule against its id and name, as a 400 at once.
     */
    private void password(Problems problems, String password, User user) {
        if (problems != null && (password == null || password.isEmpty())) {
            problems.add("password", "必填", "请设置密码");
            return;
        }
        if (password == null) {
            return;
        }
        PasswordPolicyResult result = user == null ? identityService.checkPasswordAgainstPolicy(password)
                : identityService.checkPasswordAgainstPolicy(password, user);
        if (result.isValid()) {
            return;
        }
        List<FieldProblem> violated = PasswordPolicyProblems.of(result.getViolatedRules(), "password");
        if (problems != null) {
            problems.addAll(violated);
        } else {
            throw ApiProblemException.badRequest(PasswordPolicyProblems.sentence(violated), violated);
        }
    }

    /** {@code sb} and eight random digits: not guessable in order (a guessed id could be locked by wrong passwords). */
    private String newUserId() {
        for (int i = 0; i < 20; i++) {
            String id = "sb" + String.format("%08d", random.nextInt(100_000_000));
            if (identityService.createUserQuery().userId(id).count() == 0 && people.findByUserId(id).isEmpty()) {
                return id;
            }
        }
        throw new IllegalStateException("无法生成未被占用的用户名");
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /** A code refused, or a registration refused like one: the transaction rolls back. */
    private static final class Refused extends RuntimeException {
        private final OneTimeCodes.Refusal refusal;

        Refused(OneTimeCodes.Refusal refusal) {
            super(refusal.reason(), null, false, false);
            this.refusal = refusal;
        }
    }
}
