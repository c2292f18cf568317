package cn.xj.titlereview.web;

import java.util.Map;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.ExceptionMapper;

import ch.qos.logback.classic.LoggerContext;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine REST has no login of its own: HTTP Basic against the Camunda identity on /engine-rest/*,
 * so every call runs as the authenticated user under the engine's authorization checks. A password
 * the policy refuses is a 400 with the policy in Chinese ({@link PasswordPolicyExceptionMapper}); a refusal of the
 * product's task listeners is a 400/403/409 with its Chinese message and no ERROR line ({@link TaskRefusalExceptionMapper}).
 */
@Configuration
class EngineRestSecurityConfiguration {

    @Bean
    @ConditionalOnProperty(name = "titlereview.engine-rest.basic-auth", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(101);
        return registration;
    }

    /** Adds the password-policy mapper to the engine REST application (Spring Boot's Jersey configuration). */
    @Bean
    ResourceConfigCustomizer passwordPolicyAnswer(ObjectProvider<IdentityService> identityService) {
        return config -> {
            config.register(new PasswordPolicyExceptionMapper(identityService::getObject),
                    Map.of(ExceptionMapper.class, Priorities.USER - 100));
            config.register(new TaskRefusalExceptionMapper(), Map.of(ExceptionMapper.class, Priorities.USER - 100));
            config.register(new TaskRefusalExceptionMapper.Wrapped(), Map.of(ExceptionMapper.class, Priorities.USER - 100));
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging
                    && logging.getTurboFilterList().stream().noneMatch(EngineRefusalLogFilter.class::isInstance)) {
                logging.addTurboFilter(new EngineRefusalLogFilter());
            }
        };
    }
}
