package cn.xj.titlereview.application.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.application.ApplicationLifecycle;
import cn.xj.titlereview.application.ApplicationStatus;
import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.process.ReturnReasons;

/**
 * On an end event of the notice process ({@code camunda:executionListener event="end"
 * delegateExpression="${recordApplicationOutcomeListener}"}): the application takes the
 * {@code finalStatus} variable (APPROVED, REJECTED, NOT_ACCEPTED, ABANDONED, UNPAID, WITHDRAWN,
 * INELIGIBLE) as its status. An INELIGIBLE end also puts the process's {@code eligibilityReasons}
 * on the application's decision history, unless the check that decided it already did (the
 * direct-recognition table decides inside the model, without the product's pre-check).
 */
@Component("recordApplicationOutcomeListener")
class RecordApplicationOutcomeListener implements ExecutionListener {

    private final ApplicationLifecycle lifecycle;

    RecordApplicationOutcomeListener(ApplicationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String finalStatus = CampaignVariables.FINAL_STATUS.get(execution);
        if (finalStatus == null) {
            throw new IllegalStateException("流程结束时缺少 finalStatus 变量");
        }
        String applicationNo = ProcessVariables.applicationNo(execution, execution.getProcessBusinessKey());
        ApplicationStatus status = ApplicationStatus.valueOf(finalStatus);
        if (status == ApplicationStatus.INELIGIBLE) {
            lifecycle.recordIneligibility(applicationNo, execution.getCurrentActivityId(),
                    ReturnReasons.parse(CampaignVariables.ELIGIBILITY_REASONS.get(execution)));
        }
        lifecycle.markFinished(applicationNo, status);
    }
}
