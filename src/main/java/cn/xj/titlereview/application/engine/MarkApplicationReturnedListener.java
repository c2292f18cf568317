package cn.xj.titlereview.application.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.application.ApplicationLifecycle;

/**
 * On creation of {@code applicant_revise} ({@code camunda:taskListener event="create"
 * delegateExpression="${markApplicationReturnedListener}"}): the applicant may edit and resubmit.
 */
@Component("markApplicationReturnedListener")
class MarkApplicationReturnedListener implements TaskListener {

    private final ApplicationLifecycle lifecycle;

    MarkApplicationReturnedListener(ApplicationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateTask task) {
        lifecycle.markReturned(ProcessVariables.applicationNo(task, task.getExecution().getProcessBusinessKey()));
    }
}
