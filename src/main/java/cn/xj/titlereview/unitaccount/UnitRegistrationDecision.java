package cn.xj.titlereview.unitaccount;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who decided: the logged-in user completing the review task (the engine's authentication), else the product. */
final class UnitRegistrationDecision {

    private UnitRegistrationDecision() {
    }

    static String actor(DelegateExecution execution) {
        Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return who == null || who.getUserId() == null ? "system" : who.getUserId();
    }
}
