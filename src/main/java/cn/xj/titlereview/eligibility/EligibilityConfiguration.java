package cn.xj.titlereview.eligibility;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The DMN side of the pre-check, read from the engine's latest deployed decision tables. */
@Configuration
class EligibilityConfiguration {

    @Bean
    EligibilityDecisions eligibilityDecisions(DecisionService decisionService, IdentityService identityService) {
        return new DmnEligibilityDecisions((key, variables) -> {
            // the product evaluates on the applicant's behalf; the applicant holds no decision authorization
            Authentication saved = identityService.getCurrentAuthentication();
            identityService.clearAuthentication();
            try {
                return decisionService.evaluateDecisionByKey(key).variables(variables).evaluate();
            } finally {
                if (saved != null) {
                    identityService.setAuthentication(saved);
                }
            }
        });
    }
}
