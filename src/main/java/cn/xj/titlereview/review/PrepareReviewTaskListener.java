package cn.xj.titlereview.review;

import static cn.xj.titlereview.process.CampaignVariables.COMMENT;
import static cn.xj.titlereview.process.CampaignVariables.DECISION;
import static cn.xj.titlereview.process.CampaignVariables.LAST_RETURN_REASONS;
import static cn.xj.titlereview.process.CampaignVariables.LEVEL;
import static cn.xj.titlereview.process.CampaignVariables.LEVEL_NAME;
import static cn.xj.titlereview.process.CampaignVariables.RETURN_REASONS;
import static cn.xj.titlereview.process.CampaignVariables.SEND_BACK_REASON;
import static cn.xj.titlereview.process.CampaignVariables.SEND_BACK_TO;
import static cn.xj.titlereview.process.CampaignVariables.SENT_BACK_REASON;
import static cn.xj.titlereview.process.CampaignVariables.SUBMISSION_COUNT;
import static cn.xj.titlereview.process.CampaignVariables.UNIT_OPINION_CHANGED;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Creation of a review task: the previous reviewer's decision and comment leave process scope (so the
 * form starts empty and no stale decision can route the next gateway), the latest return reasons move
 * to {@code lastReturnReasons} for the reviewer to see, the submission count starts at 1, and the level
 * is put on the task in Chinese for the form. When a later office sent the application back to this step
 * (退回上一环节), its reason moves onto this task ({@code sentBackReason}, task-local) for the form.
 */
@Component
public class PrepareReviewTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        DECISION.remove(task);
        COMMENT.remove(task);
        UNIT_OPINION_CHANGED.remove(task);
        RETURN_REASONS.find(task).ifPresent(reasons -> {
            LAST_RETURN_REASONS.set(task, reasons);
            RETURN_REASONS.remove(task);
        });
        String sentBackTo = SEND_BACK_TO.get(task);
        if (sentBackTo != null && sentBackTo.equals(task.getTaskDefinitionKey())) {
            SENT_BACK_REASON.setLocal(task, SEND_BACK_REASON.find(task).orElse(""));
            SEND_BACK_TO.set(task, null);
            SEND_BACK_REASON.set(task, null);
        }
        if (!SUBMISSION_COUNT.isPresent(task)) {
            SUBMISSION_COUNT.set(task, 1);
        }
        LEVEL_NAME.setLocal(task, ReviewOpinions.levelName(LEVEL.get(task)));
    }
}
