package cn.xj.titlereview.unitaccount;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.review.ReviewDecisionException;

/**
 * Before the competent department's review completes ({@code ${unitRegistrationDecisionListener}}): the decision
 * is {@code APPROVE} or {@code REFUSE}, and a refusal states its reasons ({@code comment}); else the completion is
 * refused (400 in Tasklist) and nothing changes.
 */
@Component("unitRegistrationDecisionListener")
class UnitRegistrationDecisionListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(UnitRegistrationProcess.DECISION);
        if (!UnitRegistrationProcess.APPROVE.equals(decision) && !UnitRegistrationProcess.REFUSE.equals(decision)) {
            throw new ReviewDecisionException("请选择审核结论：同意注册（APPROVE）或不同意（REFUSE）");
        }
        Object comment = task.getVariable(UnitRegistrationProcess.COMMENT);
        if (UnitRegistrationProcess.REFUSE.equals(decision) && (comment == null || comment.toString().isBlank())) {
            throw new ReviewDecisionException("不同意单位注册时须写明原因（comment），联系人将看到");
        }
    }
}
