package cn.xj.titlereview.unitaccount;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.directory.UnitRegistrations;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.registration.PhoneConfirmation;
import cn.xj.titlereview.security.ApiUser;

/**
 * The reviewers of a unit (本单位审核人员): the Camunda users of its group {@code unit<code>}. Its contact adds and
 * removes them; so may the HR bureau of the unit's region and the administrator. Only inside the unit's own
 * group: a user of another group is never touched (removing takes the user out of this group; the user goes
 * only when no group is left). Every change is audited, in the transaction of the change.
 */
@Service
class UnitReviewers {

    static final String PHONE_INFO = "phone";

    private final OrganisationDirectory organisations;
    private final UnitContactRepository contacts;
    private final EngineAccounts accounts;
    private final AuditLog auditLog;

    UnitReviewers(OrganisationDirectory organisations, UnitContactRepository contacts, EngineAccounts accounts,
                  AuditLog auditLog) {
        this.organisations = organisations;
        this.contacts = contacts;
        this.accounts = accounts;
        this.auditLog = auditLog;
    }

    record Reviewer(String userId, String name, String phoneMasked, boolean contact) {
    }

    record NewReviewer(String userId, String name, String phone, String password) {
        @Override
        public String toString() {
            return "NewReviewer[" + userId + "]";
        }
    }

    @Transactional(readOnly = true)
    List<Reviewer> list(String unitCode, ApiUser caller) {
        UnitScope scope = scope(unitCode, caller);
        return accounts.members(scope.group()).stream().map(u -> reviewer(u, scope)).toList();
    }

    @Transactional
    Reviewer add(String unitCode, NewReviewer input, ApiUser caller) {
        UnitScope scope = scope(unitCode, caller);
        NewReviewer in = checked(input);
        accounts.create(in.userId(), in.name(), null, null, in.password(), scope.group());
        accounts.setInfo(in.userId(), PHONE_INFO, in.phone());
        auditLog.decision(caller.userId(), AuditAction.CHANGE_UNIT_ACCOUNT, null, "为用人单位 " + scope.unit().code() + " "
                + scope.unit().name() + " 添加审核人员 " + in.userId() + "（" + in.name() + "）");
        return new Reviewer(in.userId(), in.name(), UnitRegistrationService.masked(in.phone()), false);
    }

    /**
     * The first contact of a unit that has none (a unit an HR bureau added to the directory, or whose contact
     * left): only the HR bureau of the unit's region or the administrator; 409 when the unit has a contact.
     */
    @Transactional
    Reviewer createContact(String unitCode, NewReviewer input, ApiUser caller) {
        EmployerUnit unit = organisations.employerUnit(unitCode)
                .orElseThrow(() -> ApiProblemException.notFound("用人单位 " + unitCode + " 不存在"));
        if (!UnitRegistrations.bureauAbove(caller, unit.regionCode()) && !caller.isMemberOf(RoleGroups.ADMIN)) {
            throw ApiProblemException.forbidden("只有用人单位所在地区的人社部门（或系统管理员）可以为其开通联系人账号");
        }
        if (contacts.existsById(unit.code())) {
            throw ApiProblemException.conflict("用人单位 " + unit.code() + " 已有联系人账号");
        }
        NewReviewer in = checked(input);
        String group = RoleGroups.unit(unit.code());
        accounts.create(in.userId(), in.name(), null, null, in.password(), group);
        accounts.setInfo(in.userId(), PHONE_INFO, in.phone());
        contacts.saveAndFlush(new UnitContact(unit.code(), in.userId(), in.phone(), cn.xj.titlereview.calendar.ProductClock.now()));
        auditLog.decision(caller.userId(), AuditAction.CHANGE_UNIT_ACCOUNT, null, "为用人单位 " + unit.code() + " "
                + unit.name() + " 开通联系人账号 " + in.userId() + "（" + in.name() + "，用户组 " + group + "）");
        return new Reviewer(in.userId(), in.name(), UnitRegistrationService.masked(in.phone()), true);
    }

    /** Every problem of a new user at once (400); the input trimmed. */
    NewReviewer checked(NewReviewer input) {
        NewReviewer in = input == null ? new NewReviewer(null, null, null, null) : input;
        Problems problems = new Problems();
        String userId = in.userId() == null ? null : in.userId().strip();
        if (userId == null || userId.isEmpty()) {
            problems.add("userId", "必填", "请填写用户名");
        } else if (!EngineAccounts.USER_ID.matcher(userId).matches()) {
            problems.add("userId", "格式", "用户名应以小写字母开头，由4至32位小写字母和数字组成");
        } else if (accounts.exists(userId)) {
            problems.add("userId", "重复", "用户名 " + userId + " 已被使用，请换一个");
        }
        String name = in.name() == null ? null : in.name().strip();
        if (name == null || name.isEmpty()) {
            problems.add("name", "必填", "请填写姓名");
        } else if (name.length() > 50) {
            problems.add("name", "长度", "姓名不能超过50个字");
        }
        String phone = in.phone() == null ? null : in.phone().strip();
        if (phone == null || phone.isEmpty()) {
            problems.add("phone", "必填", "请填写手机号码");
        } else if (!PhoneConfirmation.isMobile(phone)) {
            problems.add("phone", "格式", "手机号码应为11位，以1开头");
        }
        accounts.checkPassword(problems, "password", in.password(), userId, name);
        problems.throwIfAny("账号信息有误");
        return new NewReviewer(userId, name, phone, in.password());
    }

    @Transactional
    void remove(String unitCode, String userId, ApiUser caller) {
        UnitScope scope = scope(unitCode, caller);
        boolean member = accounts.groupsOf(userId).contains(scope.group());
        if (!member) {
            throw ApiProblemException.notFound("用户 " + userId + " 不是用人单位 " + scope.unit().code() + " 的审核人员");
        }
        if (scope.contactUserId().filter(userId::equals).isPresent()) {
            throw ApiProblemException.badRequest("单位联系人不能删除自己", List.of(new cn.xj.titlereview.api.FieldProblem(
                    "userId", "不可删除", "单位联系人的账号不能在此删除；如需更换联系人，请联系人社部门")));
        }
        boolean others = accounts.groupsOf(userId).size() > 1;
        accounts.remove(userId, scope.group());
        auditLog.decision(caller.userId(), AuditAction.CHANGE_UNIT_ACCOUNT, null, "从用人单位 " + scope.unit().code() + " "
                + scope.unit().name() + " 删除审核人员 " + userId + (others ? "（仅移出本单位，账号仍属其他用户组）" : "（账号已删除）"));
    }

    private record UnitScope(EmployerUnit unit, String group, Optional<String> contactUserId) {
    }

    /** 404 for an unknown unit; 403 unless the caller is its contact, the bureau of its region or the administrator. */
    private UnitScope scope(String unitCode, ApiUser caller) {
        EmployerUnit unit = organisations.employerUnit(unitCode)
                .orElseThrow(() -> ApiProblemException.notFound("用人单位 " + unitCode + " 不存在"));
        String group = RoleGroups.unit(unit.code());
        Optional<String> contact = contacts.findById(unit.code()).map(UnitContact::userId);
        boolean isContact = contact.filter(caller.userId()::equals).isPresent() && caller.isMemberOf(group);
        boolean bureau = UnitRegistrations.bureauAbove(caller, unit.regionCode());
        if (!isContact && !bureau && !caller.isMemberOf(RoleGroups.ADMIN)) {
            throw ApiProblemException.forbidden("只有本单位联系人（及人社部门、系统管理员）可以管理用人单位 " + unit.code()
                    + " 的审核人员");
        }
        return new UnitScope(unit, group, contact);
    }

    private Reviewer reviewer(User u, UnitScope scope) {
        String phone = accounts.info(u.getId(), PHONE_INFO);
        String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).strip();
        return new Reviewer(u.getId(), name, phone == null ? null : UnitRegistrationService.masked(phone),
                scope.contactUserId().filter(u.getId()::equals).isPresent());
    }

    /** The unit whose contact the user is, if any (for the page). */
    @Transactional(readOnly = true)
    Optional<String> unitOfContact(String userId) {
        return contacts.findByUserId(userId).map(UnitContact::unitCode);
    }
}
