package cn.xj.titlereview.review;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;

/**
 * Reads the result of the decision table {@code direct-recognition-eligibility} (hit policy COLLECT)
 * for the output mappings of the eligibility check: every unmet condition is one matched rule with
 * {@code eligible=false} and its reason; when every condition is met only the rule with
 * {@code eligible=true} matches. Used in expressions as {@code ${directRecognitionEligibility...}}.
 */
@Component
public class DirectRecognitionEligibility {

    static final String ELIGIBLE = "eligible";
    static final String REASON = "reason";

    /** True when the "every condition met" rule matched and no unmet condition did. */
    public boolean eligible(DmnDecisionResult result) {
        List<Boolean> verdicts = result.collectEntries(ELIGIBLE);
        if (verdicts.isEmpty()) {
            throw new ProcessEngineException("直接认定条件决策表没有给出结论，请检查申请的驻村年数、考核年数、现职称级别和专业");
        }
        return verdicts.stream().allMatch(Boolean.TRUE::equals);
    }

    /** The reasons, one per line: every unmet condition, or the basis of the recognition. */
    public String reasons(DmnDecisionResult result) {
        boolean eligible = eligible(result);
        return result.getResultList().stream()
                .filter(entry -> Objects.equals(entry.get(ELIGIBLE), eligible))
                .map(entry -> (String) entry.get(REASON))
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow();
    }
}
