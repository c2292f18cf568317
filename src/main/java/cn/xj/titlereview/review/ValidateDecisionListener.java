package cn.xj.titlereview.review;

import static cn.xj.titlereview.process.CampaignVariables.DECISION;
import static cn.xj.titlereview.process.CampaignVariables.RETURN_REASONS;
import static cn.xj.titlereview.process.CampaignVariables.SEND_BACK_REASON;
import static cn.xj.titlereview.process.CampaignVariables.SEND_BACK_TO;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.process.Decision;
import cn.xj.titlereview.process.ExtensionProperties;
import cn.xj.titlereview.process.ReturnReasons;
import cn.xj.titlereview.process.SendBackSteps;
import cn.xj.titlereview.process.StageOutcome;

/**
 * Completion check of every review task: a decision must be chosen among those the task allows
 * (extension property {@code allowedDecisions}, default 同意/退回修改/不同意, plus 退回上一环节 where the task
 * names its earlier step in the extension property {@code sendBackTo}), a return must list its reasons
 * (all at once, one per line), a send-back must name that earlier step (or none: Tasklist's form) and give
 * its reason. The reasons are stored normalised.
 */
@Component
public class ValidateDecisionListener implements TaskListener {

    /** Extension property of a user task: comma-separated decisions it accepts. */
    public static final String ALLOWED_DECISIONS_PROPERTY = "allowedDecisions";

    @Override
    public void notify(DelegateTask task) {
        Optional<String> sendBackStep = SendBackSteps.earlierStepOf(task.getBpmnModelElementInstance());
        Set<Decision> allowed = allowedDecisions(task, sendBackStep.isPresent());
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
        if (decision == Decision.SEND_BACK) {
            String earlier = sendBackStep.orElseThrow();
            if (!callerRoutesSendBack(task)) {
                throw new ReviewDecisionException("本通知在此环节不能退回" + SendBackSteps.label(earlier)
                        + "（通知流程没有退回该环节的路径），请选择其他审核结论");
            }
            String requested = Optional.ofNullable(SEND_BACK_TO.get(task)).map(String::strip).filter(s -> !s.isEmpty())
                    .orElse(earlier);
            if (!requested.equals(earlier)) {
                throw new ReviewDecisionException(SendBackSteps.notEarlier(requested, earlier));
            }
            String reason = Optional.ofNullable(SEND_BACK_REASON.get(task)).map(String::strip).orElse("");
            if (reason.isEmpty()) {
                throw new ReviewDecisionException("退回上一环节时必须填写退回原因，" + SendBackSteps.label(earlier) + "将看到该原因");
            }
            if (reason.length() > SendBackSteps.REASON_LENGTH) {
                throw new ReviewDecisionException("退回原因不能超过" + SendBackSteps.REASON_LENGTH + "字");
            }
            SEND_BACK_TO.set(task, earlier);
            SEND_BACK_REASON.set(task, reason);
        }
    }

    /**
     * The notice process that called this stage routes {@code SENT_BACK} after it (its gateway after the call
     * activity has a flow on it); a stage started on its own (tests) is its own judge.
     */
    static boolean callerRoutesSendBack(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        ExecutionEntity caller = execution == null ? null : execution.getProcessInstance().getSuperExecution();
        if (caller == null) {
            return true;
        }
        if (!(caller.getBpmnModelElementInstance() instanceof FlowNode call)) {
            return false;
        }
        return call.getOutgoing().stream().map(SequenceFlow::getTarget)
                .flatMap(next -> next.getOutgoing().stream())
                .map(SequenceFlow::getConditionExpression)
                .anyMatch(condition -> condition != null && condition.getTextContent() != null
                        && condition.getTextContent().contains("'" + StageOutcome.SENT_BACK + "'"));
    }

    private static Set<Decision> allowedDecisions(DelegateTask task, boolean sendBack) {
        Set<Decision> allowed = ExtensionProperties.find(task.getBpmnModelElementInstance(), ALLOWED_DECISIONS_PROPERTY)
                .map(codes -> Arrays.stream(codes.split(","))
                        .map(code -> Decision.valueOf(code.strip()))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Decision.class))))
                .orElseGet(() -> EnumSet.of(Decision.APPROVE, Decision.RETURN, Decision.REJECT));
        if (sendBack) {
            allowed.add(Decision.SEND_BACK);
        }
        return allowed;
    }

    private static String labels(Set<Decision> decisions) {
        return decisions.stream().map(Decision::label).collect(Collectors.joining("、"));
    }
}
