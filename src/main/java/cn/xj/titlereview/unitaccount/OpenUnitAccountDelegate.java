package cn.xj.titlereview.unitaccount;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.directory.UnitRegistrations;
import cn.xj.titlereview.directory.UnitRegistrations.RegisteringUnit;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.registration.PhoneConfirmation;
import cn.xj.titlereview.review.ReviewDecisionException;

/**
 * The competent department approved ({@code ${openUnitAccountDelegate}}), in the transaction of its task: the unit
 * into the directory with its group {@code unit<credit code>}, the contact's Camunda user in that group with the
 * password given at the registration, the contact marker, the registration closed, the audit rows; the contact
 * is told by SMS after the commit. When the directory refuses the unit now (registered meanwhile by a bureau) or
 * the contact's user id was taken meanwhile, nothing is written and the task stays open with the reason (400 in
 * Tasklist).
 */
@Component("openUnitAccountDelegate")
class OpenUnitAccountDelegate implements JavaDelegate {

    private final UnitRegistrationRepository registrations;
    private final UnitContactRepository contacts;
    private final UnitRegistrations directory;
    private final EngineAccounts accounts;
    private final PhoneConfirmation phones;
    private final AuditLog auditLog;

    OpenUnitAccountDelegate(UnitRegistrationRepository registrations, UnitContactRepository contacts,
                            UnitRegistrations directory, EngineAccounts accounts, PhoneConfirmation phones,
                            AuditLog auditLog) {
        this.registrations = registrations;
        this.contacts = contacts;
        this.directory = directory;
        this.accounts = accounts;
        this.phones = phones;
        this.auditLog = auditLog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(UnitRegistrationProcess.REGISTRATION_ID)).longValue();
        UnitRegistration r = registrations.findById(id)
                .orElseThrow(() -> new ProcessEngineException("单位注册申请 " + id + " 不存在"));
        String approver = UnitRegistrationDecision.actor(execution);
        Problems problems = directory.create(new RegisteringUnit(r.creditCode(), r.unitName(), r.ownership(), r.level(),
                r.regionCode(), r.competentCode()), approver);
        if (!problems.isEmpty()) {
            throw new ReviewDecisionException("无法开通单位账号：" + String.join("；",
                    problems.list().stream().map(p -> p.message()).toList()));
        }
        if (accounts.exists(r.contactUserId())) {
            throw new ReviewDecisionException("无法开通单位账号：联系人用户名 " + r.contactUserId()
                    + " 已被使用，请不同意本次注册并请单位换用户名重新注册");
        }
        String group = RoleGroups.unit(r.creditCode());
        accounts.create(r.contactUserId(), r.contactName(), null,
                new EngineAccounts.Hashed(r.passwordHash(), r.passwordSalt()), null, group);
        accounts.setInfo(r.contactUserId(), UnitReviewers.PHONE_INFO, r.contactPhone());
        contacts.saveAndFlush(new UnitContact(r.creditCode(), r.contactUserId(), r.contactPhone(), ProductClock.now()));
        r.decided(UnitRegistration.Status.APPROVED, approver, null, ProductClock.now());
        registrations.saveAndFlush(r);
        auditLog.decision(approver, AuditAction.REGISTER_UNIT, null, "主管部门 " + r.competentCode() + " 同意单位注册 "
                + r.creditCode() + " " + r.unitName() + "；开通单位联系人账号 " + r.contactUserId() + "（用户组 " + group + "）");
        phones.sendAfterCommit(r.contactPhone(), PhoneConfirmation.SMS_SIGN + "“" + r.unitName()
                + "”的注册已经主管部门审核通过。联系人用户名：" + r.contactUserId() + "，请用注册时设置的密码登录，在“本单位审核人员”页添加审核人员。");
    }
}
