package cn.xj.titlereview.review;

import static cn.xj.titlereview.process.CampaignVariables.COMMENT;
import static cn.xj.titlereview.process.CampaignVariables.COMPETENT_OPINION;
import static cn.xj.titlereview.process.CampaignVariables.LEVEL;
import static cn.xj.titlereview.process.CampaignVariables.SPECIALTY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The competent unit's recommendation opinion: its comment, or the notice's "同意推荐…" template. */
@Component
public class RecordCompetentOpinionDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        COMPETENT_OPINION.set(execution, ReviewOpinions.competentOpinion(
                COMMENT.get(execution), SPECIALTY.get(execution), LEVEL.get(execution)));
    }
}
