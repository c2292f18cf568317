package cn.xj.titlereview.review;

import static cn.xj.titlereview.process.CampaignVariables.FINAL_STATUS;
import static cn.xj.titlereview.process.CampaignVariables.STAGE_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.process.ExtensionProperties;
import cn.xj.titlereview.process.FinalStatus;
import cn.xj.titlereview.process.StageOutcome;

/**
 * Start listener of end events: writes the outcome the end event declares in its extension properties.
 * {@code stageOutcome} (stage processes) sets {@code stageOutcome} and, unless it is CONTINUE, the same
 * {@code finalStatus}; {@code finalStatus} (notice processes) sets {@code finalStatus}.
 */
@Component
public class RecordOutcomeListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        ExtensionProperties.find(element, StageOutcome.STAGE_OUTCOME_PROPERTY).map(StageOutcome::checked)
                .ifPresent(outcome -> {
                    STAGE_OUTCOME.set(execution, outcome);
                    if (!StageOutcome.CONTINUE.equals(outcome) && !StageOutcome.SENT_BACK.equals(outcome)) {
                        FINAL_STATUS.set(execution, outcome);
                    }
                });
        ExtensionProperties.find(element, StageOutcome.FINAL_STATUS_PROPERTY)
                .map(status -> FinalStatus.valueOf(status).name())
                .ifPresent(status -> FINAL_STATUS.set(execution, status));
    }
}
