package cn.xj.titlereview.review;

import static cn.xj.titlereview.process.CampaignVariables.PUBLICITY_WORKING_DAYS;
import static cn.xj.titlereview.process.CampaignVariables.UNIT_PUBLICITY_STARTED_AT;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Starts the unit publicity: records the start instant (engine clock) from which the publicity timer
 * counts {@code publicityWorkingDays} working days ({@code workdays.afterWorkingDays}).
 */
@Component
public class StartUnitPublicityDelegate implements JavaDelegate {

    /** National rule: a publicity lasts at least five working days. */
    static final int MINIMUM_WORKING_DAYS = 5;

    @Override
    public void execute(DelegateExecution execution) {
        int days = PUBLICITY_WORKING_DAYS.require(execution);
        if (days < MINIMUM_WORKING_DAYS) {
            throw new ProcessEngineException("公示期不得少于" + MINIMUM_WORKING_DAYS + "个工作日（publicityWorkingDays=" + days + "）");
        }
        UNIT_PUBLICITY_STARTED_AT.set(execution, ClockUtil.getCurrentTime());
    }
}
