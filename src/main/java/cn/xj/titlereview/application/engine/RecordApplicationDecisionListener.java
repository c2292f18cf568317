package cn.xj.titlereview.application.engine;

import static cn.xj.titlereview.process.CampaignVariables.COMMENT;
import static cn.xj.titlereview.process.CampaignVariables.DECISION;
import static cn.xj.titlereview.process.CampaignVariables.RETURN_REASONS;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.application.ApplicationLifecycle;
import cn.xj.titlereview.process.DefenseProcess;
import cn.xj.titlereview.process.ReturnReasons;

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
        String decision = DECISION.get(task);
        Boolean defensePassed = DefenseProcess.DEFENSE_PASSED.get(task);
        if (decision == null && defensePassed != null) {
            decision = defensePassed ? "PASS" : "FAIL";
        }
        String actor = task.getAssignee();
        if (actor == null && identityService.getCurrentAuthentication() != null) {
            actor = identityService.getCurrentAuthentication().getUserId();
        }
        lifecycle.recordDecision(
                ProcessVariables.applicationNo(task, task.getExecution().getProcessBusinessKey()),
                task.getTaskDefinitionKey(),
                decision,
                COMMENT.get(task),
                ReturnReasons.parse(task.getVariable(RETURN_REASONS.name())),
                actor);
    }
}
