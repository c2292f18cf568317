package cn.xj.titlereview.review;

import static cn.xj.titlereview.process.CampaignVariables.PUBLISHED_UNIT_OPINION;
import static cn.xj.titlereview.process.CampaignVariables.UNIT_OPINION_CHANGED;
import static cn.xj.titlereview.process.CampaignVariables.UNIT_PUBLICITY_REQUIRED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The unit approved: is a publicity needed? Always the first time. After a send-back (退回上一环节) the unit's
 * earlier publicity still holds unless the unit changes its opinion: it says so on its form
 * ({@code unitOpinionChanged}), or it returned the application to the applicant in between (the revision clears
 * {@code publishedUnitOpinion}, see {@link PrepareRevisionDelegate}). A review remark ({@code comment}) is no
 * change of the recommendation opinion.
 */
@Component
public class CheckUnitOpinionDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        boolean published = PUBLISHED_UNIT_OPINION.find(execution).filter(text -> !text.isBlank()).isPresent();
        boolean changed = Boolean.TRUE.equals(UNIT_OPINION_CHANGED.get(execution));
        UNIT_PUBLICITY_REQUIRED.set(execution, !published || changed);
    }
}
