package cn.xj.titlereview.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

import cn.xj.titlereview.process.CommitteeVoteProcess;

class SecretBallotHistoryEventHandlerTest {

    private final List<HistoryEvent> passedOn = new ArrayList<>();
    private final SecretBallotHistoryEventHandler handler = new SecretBallotHistoryEventHandler(new HistoryEventHandler() {
        @Override
        public void handleEvent(HistoryEvent event) {
            passedOn.add(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            passedOn.addAll(events);
        }
    }, CommitteeVoteProcess.SECRET_VARIABLES);

    @Test
    void dropsVotesAndRunningCountersButPassesEverythingElse() {
        HistoryEvent vote = variable("vote");
        HistoryEvent counter = variable("ballotFor");
        HistoryEvent result = variable("votesFor");
        HistoryEvent formVote = formProperty("vote");
        HistoryEvent formComment = formProperty("comment");
        HistoryEvent processEvent = new HistoricProcessInstanceEventEntity();

        handler.handleEvent(vote);
        handler.handleEvent(result);
        handler.handleEvents(List.of(counter, formVote, formComment, processEvent));

        assertThat(passedOn).containsExactly(result, formComment, processEvent);
    }

    private static HistoryEvent variable(String name) {
        HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
        event.setVariableName(name);
        return event;
    }

    private static HistoryEvent formProperty(String id) {
        HistoricFormPropertyEventEntity event = new HistoricFormPropertyEventEntity();
        event.setPropertyId(id);
        return event;
    }
}
