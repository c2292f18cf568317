package cn.xj.titlereview.review;

import static cn.xj.titlereview.process.CampaignVariables.DECISION;
import static cn.xj.titlereview.process.CampaignVariables.RETURN_REASONS;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.process.Decision;
import cn.xj.titlereview.process.ExtensionProperties;
import cn.xj.titlereview.process.ReturnReasons;

/**
 * Completion check of every review task: a decision must be chosen among those the task allows
 * (extension property {@code allowedDecisions}, default all three), and a return must list its reasons
 * (all at once, one per line). The reasons are stored normalised as lines.
 */
@Component
public class ValidateDecisionListener implements TaskListener {

    /** Extension property of a user task: comma-separated decisions it accepts. */
    public static final String ALLOWED_DECISIONS_PROPERTY = "allowedDecisions";

    @Override
    public void notify(DelegateTask task) {
        Set<Decision> allowed = allowedDecisions(task);
        Decision decision = Decision.fromCode(DECISION.get(task))
                .orElseThrow(() -> new ReviewDecisionException("请选择审核结论：" + labels(allowed)));
        if (!allowed.contains(decision)) {
            throw new ReviewDecisionException("本任务不能选择“" + decision.label() + "”，请选择：" + labels(allowed));
        }
        if (decision == Decision.RETURN) {
            List<String> reasons = ReturnReasons.parse(task.getVariable(RETURN_REASONS.name()));
            if (reasons.isEmpty()) {
                throw new ReviewDecisionException("退回修改时必须一次性填写全部退回原因（每行一条）");
            }
            RETURN_REASONS.set(task, ReturnReasons.join(reasons));
        }
    }

    private static Set<Decision> allowedDecisions(DelegateTask task) {
        return ExtensionProperties.find(task.getBpmnModelElementInstance(), ALLOWED_DECISIONS_PROPERTY)
                .map(codes -> Arrays.stream(codes.split(","))
                        .map(code -> Decision.valueOf(code.strip()))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Decision.class))))
                .orElseGet(() -> EnumSet.allOf(Decision.class));
    }

    private static String labels(Set<Decision> decisions) {
        return decisions.stream().map(Decision::label).collect(Collectors.joining("、"));
    }
}
