package cn.xj.titlereview.unitaccount;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.notification.Notification;
import cn.xj.titlereview.notification.Notifier;
import cn.xj.titlereview.registration.PhoneConfirmation;

/**
 * The competent department refused ({@code ${notifyUnitRegistrationRefusedDelegate}}): the registration closed with
 * the reasons (the password hash dropped), a notification of the refusal with its reasons (the contact has no
 * account: it is kept for the record and the audit, and goes to the contact's phone by SMS after the commit).
 */
@Component("notifyUnitRegistrationRefusedDelegate")
class NotifyUnitRegistrationRefusedDelegate implements JavaDelegate {

    private final UnitRegistrationRepository registrations;
    private final Notifier notifier;
    private final PhoneConfirmation phones;
    private final AuditLog auditLog;

    NotifyUnitRegistrationRefusedDelegate(UnitRegistrationRepository registrations, Notifier notifier,
                                          PhoneConfirmation phones, AuditLog auditLog) {
        this.registrations = registrations;
        this.notifier = notifier;
        this.phones = phones;
        this.auditLog = auditLog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(UnitRegistrationProcess.REGISTRATION_ID)).longValue();
        UnitRegistration r = registrations.findById(id)
                .orElseThrow(() -> new ProcessEngineException("单位注册申请 " + id + " 不存在"));
        Object comment = execution.getVariable(UnitRegistrationProcess.COMMENT);
        String reasons = comment == null || comment.toString().isBlank() ? "（未说明）" : comment.toString().strip();
        String actor = UnitRegistrationDecision.actor(execution);
        r.decided(UnitRegistration.Status.REFUSED, actor, reasons.length() > 1000 ? reasons.substring(0, 1000) : reasons,
                ProductClock.now());
        registrations.saveAndFlush(r);
        String message = "“" + r.unitName() + "”（统一社会信用代码 " + r.creditCode() + "）的单位注册未通过主管部门审核。";
        notifier.publish(new Notifier.Request(Notification.SourceType.PROCESS_INSTANCE, execution.getProcessInstanceId(),
                Notification.Kind.UNIT_REGISTRATION_REFUSED, null, execution.getProcessInstanceId(), null,
                execution.getCurrentActivityId(), null, Notification.RecipientType.NONE, List.of(), message,
                "原因：" + reasons));
        auditLog.decision(actor, AuditAction.REGISTER_UNIT, null, "主管部门 " + r.competentCode() + " 不同意单位注册 "
                + r.creditCode() + " " + r.unitName() + "，原因：" + reasons);
        phones.sendAfterCommit(r.contactPhone(), PhoneConfirmation.SMS_SIGN + message + "原因：" + reasons
                + "。可按原因修改后重新注册。");
    }
}
