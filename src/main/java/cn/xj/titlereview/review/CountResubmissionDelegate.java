package cn.xj.titlereview.review;

import static cn.xj.titlereview.process.CampaignVariables.COUNT_UNIT_LEVEL_SUBMISSIONS;
import static cn.xj.titlereview.process.CampaignVariables.REVIEW_LEVEL;
import static cn.xj.titlereview.process.CampaignVariables.SUBMISSION_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The applicant resubmitted: one more submission where the notice counts them. */
@Component
public class CountResubmissionDelegate implements JavaDelegate {

    private final RevisionPolicy policy;

    public CountResubmissionDelegate(RevisionPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SUBMISSION_COUNT.set(execution, policy.nextSubmissionCount(
                ReviewLevel.valueOf(REVIEW_LEVEL.requireLocal(execution)),
                COUNT_UNIT_LEVEL_SUBMISSIONS.getOrDefault(execution, false),
                SUBMISSION_COUNT.getOrDefault(execution, 1)));
    }
}
