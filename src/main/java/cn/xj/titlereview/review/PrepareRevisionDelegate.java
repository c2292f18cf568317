package cn.xj.titlereview.review;

import static cn.xj.titlereview.process.CampaignVariables.COUNT_UNIT_LEVEL_SUBMISSIONS;
import static cn.xj.titlereview.process.CampaignVariables.CURRENT_FIX_WINDOW;
import static cn.xj.titlereview.process.CampaignVariables.FIX_WINDOWS;
import static cn.xj.titlereview.process.CampaignVariables.FIX_WINDOW_EXPIRY_STATUS;
import static cn.xj.titlereview.process.CampaignVariables.PUBLISHED_UNIT_OPINION;
import static cn.xj.titlereview.process.CampaignVariables.REVIEW_LEVEL;
import static cn.xj.titlereview.process.CampaignVariables.SUBMISSION_COUNT;
import static cn.xj.titlereview.process.CampaignVariables.SUBMISSION_LIMIT;
import static cn.xj.titlereview.process.CampaignVariables.SUBMISSION_LIMIT_REACHED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After a return: whether the submission limit is used up ({@code submissionLimitReached}), the fix
 * window of this return ({@code currentFixWindow}) and what its expiry means ({@code fixWindowExpiryStatus}).
 * The level that returned is the task's input parameter {@code reviewLevel}.
 */
@Component
public class PrepareRevisionDelegate implements JavaDelegate {

    private final RevisionPolicy policy;

    public PrepareRevisionDelegate(RevisionPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewLevel level = ReviewLevel.valueOf(REVIEW_LEVEL.requireLocal(execution));
        if (level == ReviewLevel.UNIT) {
            PUBLISHED_UNIT_OPINION.set(execution, null); // the unit's approval after the revision is a new opinion: publicized again
        }
        RevisionPolicy.RevisionPlan plan = policy.planRevision(
                level,
                COUNT_UNIT_LEVEL_SUBMISSIONS.getOrDefault(execution, false),
                SUBMISSION_COUNT.getOrDefault(execution, 1),
                SUBMISSION_LIMIT.require(execution),
                FIX_WINDOWS.require(execution));
        SUBMISSION_LIMIT_REACHED.set(execution, plan.submissionLimitReached());
        CURRENT_FIX_WINDOW.set(execution, plan.fixWindow());
        FIX_WINDOW_EXPIRY_STATUS.set(execution, policy.fixWindowExpiryStatus(FIX_WINDOW_EXPIRY_STATUS.get(execution)));
    }
}
