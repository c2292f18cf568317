package cn.xj.titlereview.security;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The engine's own identity store, which announces every lock it sets after a wrong password (on
 * every way in: product API, engine REST, the webapps' login). The lock itself and its growing delay
 * are the engine's ({@code loginDelayBase} × {@code loginDelayFactor}^(n−1) seconds, at most
 * {@code loginDelayMaxTime}); see {@link LoginLockPlugin}.
 */
class LockAnnouncingIdentityProvider extends DbIdentityServiceProvider {

    private final ApplicationEventPublisher events;

    LockAnnouncingIdentityProvider(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    protected void lockUser(UserEntity user) {
        super.lockUser(user);
        events.publishEvent(new AccountLockEvent(AccountLockEvent.Kind.LOCKED, user.getId(), user.getAttempts(),
                user.getLockExpirationTime() == null ? null : user.getLockExpirationTime().toInstant(), null));
    }
}
