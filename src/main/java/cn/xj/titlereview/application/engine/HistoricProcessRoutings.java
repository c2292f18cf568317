package cn.xj.titlereview.application.engine;

import static cn.xj.titlereview.process.CampaignVariables.*;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.application.Application;
import cn.xj.titlereview.application.ProcessRouting;
import cn.xj.titlereview.application.ProcessRouting.Voters;
import cn.xj.titlereview.application.ProcessRoutings;
import cn.xj.titlereview.process.CommitteeVoteProcess;
import cn.xj.titlereview.process.ProcessVariable;

/**
 * The groups an application's process routes its work to: the variables {@code unitGroup},
 * {@code competentGroup}, {@code committeeGroup}, {@code hrbGroup} and {@code expertGroup} of its root
 * instance, running or finished, and the voters of its latest vote stage. Apart from the process gateway because access checks need it
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
                    COMMITTEE_GROUP.from(groups), HRB_GROUP.from(groups), EXPERT_GROUP.from(groups), voters(instance)));
        });
    }

    /**
     * The meeting and experts of the application's latest vote stage ({@code meetingId}, {@code expertUserIds} of
     * that instance's own scope, set when the meeting opens its vote); none while the stage waits for its meeting or
     * before it starts. The committee's experts the notice process hands the stage are no voters until then.
     */
    private Voters voters(String rootInstance) {
        List<HistoricProcessInstance> votes = historyService.createHistoricProcessInstanceQuery()
                .rootProcessInstanceId(rootInstance).processDefinitionKey(CommitteeVoteProcess.KEY)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (votes.isEmpty()) {
            return Voters.NONE;
        }
        String vote = votes.get(0).getId();
        Map<String, String> values = new LinkedHashMap<>();
        historyService.createHistoricVariableInstanceQuery().processInstanceId(vote)
                .variableNameIn(CommitteeVoteProcess.MEETING_ID.name(), CommitteeVoteProcess.EXPERT_USER_IDS.name())
                .disableBinaryFetching().disableCustomObjectDeserialization().list().stream()
                .filter(v -> vote.equals(v.getExecutionId()) && v.getValue() instanceof String)
                .forEach(v -> values.put(v.getName(), (String) v.getValue()));
        String meeting = CommitteeVoteProcess.MEETING_ID.from(values);
        String experts = CommitteeVoteProcess.EXPERT_USER_IDS.from(values);
        if (meeting == null || meeting.isBlank() || experts == null) {
            return Voters.NONE;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : experts.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.trim());
            }
        }
        return new Voters(meeting, ids);
    }
}
