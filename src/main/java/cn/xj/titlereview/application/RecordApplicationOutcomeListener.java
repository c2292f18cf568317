package cn.xj.titlereview.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On an end event of the notice process ({@code camunda:executionListener event="end"
 * delegateExpression="${recordApplicationOutcomeListener}"}): the application takes the
 * {@code finalStatus} variable (APPROVED, REJECTED, NOT_ACCEPTED, ABANDONED, UNPAID, WITHDRAWN,
 * INELIGIBLE) as its status.
 */
@Component("recordApplicationOutcomeListener")
class RecordApplicationOutcomeListener implements ExecutionListener {

    private final ApplicationLifecycle lifecycle;

    RecordApplicationOutcomeListener(ApplicationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String finalStatus = ProcessVariables.string(execution, "finalStatus");
        if (finalStatus == null) {
            throw new IllegalStateException("流程结束时缺少 finalStatus 变量");
        }
        lifecycle.markFinished(ProcessVariables.applicationNo(execution, execution.getProcessBusinessKey()),
                ApplicationStatus.valueOf(finalStatus));
    }
}
