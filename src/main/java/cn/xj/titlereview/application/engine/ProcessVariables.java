package cn.xj.titlereview.application.engine;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.xj.titlereview.process.CampaignVariables;

/** The application a listener works for, wherever it sits (notice process or called stage). */
final class ProcessVariables {

    private ProcessVariables() {
    }

    static String applicationNo(VariableScope scope, String businessKey) {
        return CampaignVariables.APPLICATION_NO.find(scope).filter(no -> !no.isBlank()).orElse(businessKey);
    }
}
