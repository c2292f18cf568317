package cn.xj.titlereview.review;

import static cn.xj.titlereview.process.CampaignVariables.PUBLISHED_UNIT_OPINION;
import static cn.xj.titlereview.process.CampaignVariables.UNIT_OPINION;
import static cn.xj.titlereview.process.CampaignVariables.UNIT_OPINION_TEXT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After a publicity without (upheld) objection the unit records its fixed recommendation opinion, as publicized. */
@Component
public class RecordUnitOpinionDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String opinion = UNIT_OPINION_TEXT.find(execution).filter(text -> !text.isBlank())
                .orElse(ReviewOpinions.UNIT_OPINION);
        UNIT_OPINION.set(execution, opinion);
        PUBLISHED_UNIT_OPINION.set(execution, opinion);
    }
}
