package cn.xj.titlereview.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts {@link LockAnnouncingIdentityProvider} in place of the engine's identity store, so that every
 * lock after a wrong password reaches the audit log. The rule itself is configuration
 * ({@code camunda.bpm.generic-properties}: a delay that doubles from {@code login-delay-base}, capped at
 * {@code login-delay-max-time}; {@code login-max-attempts} so high that no lock is for good).
 */
@Component
class LoginLockPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationEventPublisher events;

    LoginLockPlugin(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return LockAnnouncingIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new LockAnnouncingIdentityProvider(events);
            }
        });
    }
}
