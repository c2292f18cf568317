package cn.xj.titlereview.publicity;

import static cn.xj.titlereview.process.ResultPublicityProcess.PUBLICITY_WORKING_DAYS;
import static cn.xj.titlereview.process.ResultPublicityProcess.RESULT_PUBLICITY_STARTED_AT;
import static cn.xj.titlereview.process.ResultPublicityProcess.RESULT_PUBLICITY_WORKING_DAYS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Records when result publicity starts, on the engine clock (so the simulation clock moves it
 * too), and fixes its length: the notice's result-publicity days, else its publicity days, never
 * fewer than the national minimum of 5 working days.
 */
@Component
public class StartResultPublicityDelegate implements JavaDelegate {

    static final int MINIMUM_WORKING_DAYS = 5;

    @Override
    public void execute(DelegateExecution execution) {
        int workingDays = RESULT_PUBLICITY_WORKING_DAYS.find(execution)
                .orElseGet(() -> PUBLICITY_WORKING_DAYS.require(execution));
        if (workingDays < MINIMUM_WORKING_DAYS) {
            throw new IllegalStateException("结果公示期不得少于" + MINIMUM_WORKING_DAYS + "个工作日，通知配置为" + workingDays);
        }
        RESULT_PUBLICITY_WORKING_DAYS.set(execution, workingDays);
        RESULT_PUBLICITY_STARTED_AT.set(execution, ClockUtil.getCurrentTime());
    }
}
