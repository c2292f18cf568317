package cn.xj.titlereview.application.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls on behalf of the product itself: the API request's engine authentication
 * (an applicant, who may not start processes or read others' tasks) is set aside for the call and
 * restored afterwards. The product has already checked what the user may do.
 */
final class EngineAsSystem {

    private EngineAsSystem() {
    }

    static <T> T call(IdentityService identityService, Supplier<T> work) {
        Authentication saved = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (saved != null) {
                identityService.setAuthentication(saved);
            }
        }
    }
}
