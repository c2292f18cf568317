package cn.xj.titlereview.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.security.AccountLockEvent;

/**
 * Every login lock and every unlock by an administrator, in the transaction that sets or lifts it:
 * a lock by the locked user id (the one whose password was wrong), an unlock by the administrator.
 */
@Component
class AccountLockAudit {

    private final AuditLog auditLog;

    AccountLockAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(AccountLockEvent event) {
        switch (event.kind()) {
            case LOCKED -> auditLog.decision(event.userId(), AuditAction.LOCK_ACCOUNT, null,
                    "连续第" + event.attempts() + "次登录失败，锁定至"
                            + (event.until() == null ? "（未知）" : BeijingTime.format(event.until())) + "（北京时间）");
            case UNLOCKED -> auditLog.decision(event.by(), AuditAction.UNLOCK_ACCOUNT, null,
                    "管理员解除用户 " + event.userId() + " 的登录锁定");
        }
    }
}
