package cn.xj.titlereview.application.engine;

import static cn.xj.titlereview.process.CampaignVariables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.application.Application;
import cn.xj.titlereview.application.ProcessRouting;
import cn.xj.titlereview.application.ProcessRoutings;
import cn.xj.titlereview.process.ProcessVariable;

/**
 * The groups an application's process routes its work to: the variables {@code unitGroup},
 * {@code competentGroup}, {@code committeeGroup}, {@code hrbGroup} and {@code expertGroup} of its root
 * instance, running or finished. Apart from the process gateway because access checks need it
 * everywhere (attachments too), and it needs nothing but the engine's history.
 */
@Component
class HistoricProcessRoutings implements ProcessRoutings {

    private static final String[] ROUTING_VARIABLES = Stream.of(UNIT_GROUP, COMPETENT_GROUP, COMMITTEE_GROUP,
            HRB_GROUP, EXPERT_GROUP).map(ProcessVariable::name).toArray(String[]::new);

    private final HistoryService historyService;
    private final IdentityService identityService;

    HistoricProcessRoutings(HistoryService historyService, IdentityService identityService) {
        this.historyService = historyService;
        this.identityService = identityService;
    }

    /** Empty when no process has started or its history is gone. */
    @Override
    public Optional<ProcessRouting> of(Application application) {
        String instance = application.processInstanceId();
        if (instance == null) {
            return Optional.empty();
        }
        return EngineAsSystem.call(identityService, () -> {
            if (historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).count() == 0) {
                return Optional.empty();
            }
            Map<String, String> groups = new LinkedHashMap<>();
            historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableNameIn(ROUTING_VARIABLES).disableBinaryFetching().disableCustomObjectDeserialization()
                    .list().stream()
                    // the instance's own scope: a task-local or inner-scope variable of that name routes nothing
                    .filter(v -> instance.equals(v.getExecutionId()) && v.getValue() instanceof String)
                    .forEach(v -> groups.put(v.getName(), (String) v.getValue()));
            return Optional.of(new ProcessRouting(UNIT_GROUP.from(groups), COMPETENT_GROUP.from(groups),
                    COMMITTEE_GROUP.from(groups), HRB_GROUP.from(groups), EXPERT_GROUP.from(groups)));
        });
    }
}
