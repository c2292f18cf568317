package cn.xj.titlereview.vote;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.process.CommitteeVoteProcess;

/**
 * Wraps the engine's history event handler (whatever it was built from) so that the
 * secret-ballot variables never reach the history tables. Runs after the engine configuration
 * has built its handler, so it composes with any other history setting.
 */
@Component
public class SecretBallotHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new SecretBallotHistoryEventHandler(
                configuration.getHistoryEventHandler(), CommitteeVoteProcess.SECRET_VARIABLES));
    }
}
