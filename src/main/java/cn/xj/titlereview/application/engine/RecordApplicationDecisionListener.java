package cn.xj.titlereview.application.engine;

import cn.xj.titlereview.application.ApplicationLifecycle;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of a reviewing task ({@code camunda:taskListener event="complete"
 * delegateExpression="${recordApplicationDecisionListener}"}): records the task's {@code decision}
 * (or PASS/FAIL from {@code defensePassed}), {@code comment} and {@code returnReasons} against the
 * submitted version, with the user who completed it. Not for secret votes.
 */
@Component("recordApplicationDecisionListener")
class RecordApplicationDecisionListener implements TaskListener {

    private final ApplicationLifecycle lifecycle;
    private final IdentityService identityService;

    RecordApplicationDecisionListener(ApplicationLifecycle lifecycle, IdentityService identityService) {
        this.lifecycle = lifecycle;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = ProcessVariables.string(task, "decision");
        if (decision == null && task.getVariable("defensePassed") instanceof Boolean passed) {
            decision = passed ? "PASS" : "FAIL";
        }
        String actor = task.getAssignee();
        if (actor == null && identityService.getCurrentAuthentication() != null) {
            actor = identityService.getCurrentAuthentication().getUserId();
        }
        lifecycle.recordDecision(
                ProcessVariables.applicationNo(task, task.getExecution().getProcessBusinessKey()),
                task.getTaskDefinitionKey(),
                decision,
                ProcessVariables.string(task, "comment"),
                ProcessVariables.reasons(task.getVariable("returnReasons")),
                actor);
    }
}
