package cn.xj.titlereview.review;

import static cn.xj.titlereview.process.CampaignVariables.COMMITTEE_OPINION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The formal review accepted the application: its status reads "评审委员会已接收材料". */
@Component
public class RecordCommitteeAcceptanceDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        COMMITTEE_OPINION.set(execution, ReviewOpinions.COMMITTEE_ACCEPTED);
    }
}
