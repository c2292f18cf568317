package cn.xj.titlereview.review;

import static cn.xj.titlereview.process.CampaignVariables.COMMENT;
import static cn.xj.titlereview.process.CampaignVariables.PUBLISHED_UNIT_OPINION;
import static cn.xj.titlereview.process.CampaignVariables.UNIT_OPINION_TEXT;
import static cn.xj.titlereview.process.CampaignVariables.UNIT_PUBLICITY_REQUIRED;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The unit approved: is a publicity needed? Always the first time. After a send-back (退回上一环节) the unit's
 * earlier publicity still holds unless the unit changes its opinion: it gives a recommendation opinion
 * ({@code comment}) that differs from the one publicized, or it returned the application to the applicant in
 * between (the revision clears {@code publishedUnitOpinion}, see {@link PrepareRevisionDelegate}). A changed
 * opinion is publicized and recorded anew.
 */
@Component
public class CheckUnitOpinionDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Optional<String> published = PUBLISHED_UNIT_OPINION.find(execution).filter(text -> !text.isBlank());
        Optional<String> comment = COMMENT.find(execution).map(String::strip).filter(text -> !text.isEmpty());
        boolean changed = comment.isPresent() && published.isPresent() && !comment.get().equals(published.get());
        if (changed) {
            UNIT_OPINION_TEXT.set(execution, comment.get());
        }
        UNIT_PUBLICITY_REQUIRED.set(execution, published.isEmpty() || changed);
    }
}
