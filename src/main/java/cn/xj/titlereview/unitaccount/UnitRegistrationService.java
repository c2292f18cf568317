package cn.xj.titlereview.unitaccount;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.directory.UnitRegistrations;
import cn.xj.titlereview.directory.UnitRegistrations.RegisteringUnit;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Labelled;
import cn.xj.titlereview.notice.UnitLevel;
import cn.xj.titlereview.registration.PhoneConfirmation;
import cn.xj.titlereview.registration.VerificationPurpose;

/**
 * A unit's self-registration: every problem of the form at once (400, nothing written, the code not used), then
 * in one transaction the code used, the registration written and its process started for the competent
 * department. A wrong or expired code is a 400 on {@code contact.code} and counts as a wrong try.
 */
@Service
class UnitRegistrationService {

    static final String CODE_REFUSED = "验证码不正确或已失效，请重新获取";
    private static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final int NAME_LENGTH = 50;

    private final UnitRegistrations directory;
    private final UnitRegistrationRepository registrations;
    private final PhoneConfirmation phones;
    private final EngineAccounts accounts;
    private final RuntimeService runtime;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    UnitRegistrationService(UnitRegistrations directory, UnitRegistrationRepository registrations,
                            PhoneConfirmation phones, EngineAccounts accounts, RuntimeService runtime,
                            AuditLog auditLog, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.registrations = registrations;
        this.phones = phones;
        this.accounts = accounts;
        this.runtime = runtime;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactions);
    }

    record Contact(String name, String phone, String code, String userId, String password) {
        @Override
        public String toString() {
            return "Contact";
        }
    }

    record Request(String creditCode, String name, String type, String level, String region,
                   String competentDepartment, Contact contact) {
    }

    record Submitted(long registrationId, String unitCode, String userId, String competentDepartment,
                     String message) {
    }

    Submitted register(Request request, String clientAddress) {
        Problems problems = new Problems();
        RegisteringUnit unit = directory.check(new RegisteringUnit(request.creditCode(), request.name(), request.type(),
                request.level(), request.region(), request.competentDepartment()), problems);
        if (unit.creditCode() != null && registrations.existsByOpenCreditCode(unit.creditCode())) {
            problems.add("creditCode", "重复", "统一社会信用代码 " + unit.creditCode() + " 的单位已提交注册，正在等待主管部门审核");
        }
        Contact contact = request.contact() == null ? new Contact(null, null, null, null, null) : request.contact();
        String name = contact.name() == null ? null : contact.name().strip();
        if (name == null || name.isEmpty()) {
            problems.add("contact.name", "必填", "请填写联系人姓名");
        } else if (name.length() > NAME_LENGTH) {
            problems.add("contact.name", "长度", "联系人姓名不能超过" + NAME_LENGTH + "个字");
        }
        String phone = contact.phone() == null ? null : contact.phone().strip();
        if (phone == null || phone.isEmpty()) {
            problems.add("contact.phone", "必填", "请填写联系人手机号码");
        } else if (!PhoneConfirmation.isMobile(phone)) {
            problems.add("contact.phone", "格式", "手机号码应为11位，以1开头");
        }
        if (contact.code() == null || contact.code().isBlank()) {
            problems.add("contact.code", "必填", "请填写发到联系人手机的短信验证码");
        } else if (!CODE.matcher(contact.code()).matches()) {
            problems.add("contact.code", "格式", "验证码应为6位数字");
        }
        String userId = contact.userId() == null || contact.userId().isBlank() ? null : contact.userId().strip();
        if (userId != null) {
            if (!EngineAccounts.USER_ID.matcher(userId).matches()) {
                problems.add("contact.userId", "格式", "用户名应以小写字母开头，由4至32位小写字母和数字组成");
            } else if (accounts.exists(userId)
                    || registrations.existsByContactUserIdAndStatus(userId, UnitRegistration.Status.PENDING)) {
                problems.add("contact.userId", "重复", "用户名 " + userId + " 已被使用，请换一个（或不填，由系统生成）");
            }
        }
        accounts.checkPassword(problems, "contact.password", contact.password(), userId, name);
        problems.throwIfAny("单位注册信息有误");

        String contactUserId = userId != null ? userId : newUserId();
        EngineAccounts.Hashed password = accounts.hash(contact.password());
        String competentName = directory.competentName(unit.competentDepartment()).orElse(unit.competentDepartment());
        long[] id = new long[1];
        try {
            transaction.executeWithoutResult(status -> {
                phones.use(phone, VerificationPurpose.UNIT_REGISTER, contact.code());
                Instant now = ProductClock.now();
                UnitRegistration saved = registrations.saveAndFlush(new UnitRegistration(unit.creditCode(), unit.name(),
                        unit.type(), unit.level(), unit.region(), unit.competentDepartment(), name, phone, contactUserId,
                        password.hash(), password.salt(), now));
                Map<String, Object> variables = new HashMap<>();
                variables.put(UnitRegistrationProcess.REGISTRATION_ID, saved.id());
                UnitRegistrationProcess.COMPETENT_CODE.put(variables, unit.competentDepartment());
                UnitRegistrationProcess.CREDIT_CODE.put(variables, unit.creditCode());
                UnitRegistrationProcess.UNIT_NAME.put(variables, unit.name());
                UnitRegistrationProcess.UNIT_TYPE.put(variables, label(EmployerType.class, unit.type()));
                UnitRegistrationProcess.UNIT_LEVEL.put(variables, label(UnitLevel.class, unit.level()));
                UnitRegistrationProcess.REGION_CODE.put(variables, unit.region());
                UnitRegistrationProcess.COMPETENT_NAME.put(variables, competentName);
                UnitRegistrationProcess.CONTACT_NAME.put(variables, name);
                UnitRegistrationProcess.CONTACT_PHONE.put(variables, masked(phone));
                UnitRegistrationProcess.CONTACT_USER_ID.put(variables, contactUserId);
                ProcessInstance instance = runtime.startProcessInstanceByKey(UnitRegistrationProcess.KEY,
                        unit.creditCode(), variables);
                saved.started(instance.getId());
                auditLog.decision(contactUserId, AuditAction.REGISTER_UNIT, null, "单位注册申请 " + unit.creditCode() + " "
                        + unit.name() + "（主管部门 " + unit.competentDepartment() + "，联系人 " + name + "，用户名 "
                        + contactUserId + "），待主管部门审核");
                phones.sendAfterCommit(phone, PhoneConfirmation.SMS_SIGN + "“" + unit.name() + "”的注册申请已提交，待主管部门（"
                        + competentName + "）审核；审核结果将以短信告知。联系人用户名：" + contactUserId + "。");
                id[0] = saved.id();
            });
        } catch (PhoneConfirmation.CodeRefused refused) {
            phones.refused(refused, clientAddress);
            throw ApiProblemException.badRequest(CODE_REFUSED, List.of(new FieldProblem("contact.code", "验证码", CODE_REFUSED)));
        } catch (DataIntegrityViolationException e) {
            throw ApiProblemException.badRequest("单位注册信息有误", List.of(new FieldProblem("creditCode", "重复",
                    "统一社会信用代码 " + unit.creditCode() + " 的单位已提交注册，正在等待主管部门审核")));
        }
        return new Submitted(id[0], unit.creditCode(), contactUserId, unit.competentDepartment(),
                "注册申请已提交，待主管部门（" + competentName + "）审核；审核通过后联系人以用户名 " + contactUserId
                        + " 和所设密码登录");
    }

    static String masked(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    private static <E extends Enum<E> & Labelled> String label(Class<E> type, String code) {
        return Labelled.parse(type, code).map(Labelled::label).orElse(code);
    }

    /** {@code dw} and eight random digits: not guessable in order. */
    private String newUserId() {
        for (int i = 0; i < 20; i++) {
            String id = "dw" + String.format("%08d", random.nextInt(100_000_000));
            if (!accounts.exists(id) && !registrations.existsByContactUserIdAndStatus(id, UnitRegistration.Status.PENDING)) {
                return id;
            }
        }
        throw new IllegalStateException("无法生成未被占用的用户名");
    }
}
