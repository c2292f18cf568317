package cn.xj.titlereview.vote;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Passes every history event on, except the values of the secret-ballot variables: each
 * expert's {@code vote} and the running counters of the open ballot box.
 */
public class SecretBallotHistoryEventHandler implements HistoryEventHandler {

    private final HistoryEventHandler delegate;
    private final Set<String> secretVariables;

    public SecretBallotHistoryEventHandler(HistoryEventHandler delegate, Set<String> secretVariables) {
        this.delegate = Objects.requireNonNull(delegate);
        this.secretVariables = Set.copyOf(secretVariables);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isSecret(event)) {
            delegate.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        delegate.handleEvents(events.stream().filter(event -> !isSecret(event)).toList());
    }

    boolean isSecret(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variableEvent) {
            return secretVariables.contains(variableEvent.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity formEvent) {
            return secretVariables.contains(formEvent.getPropertyId());
        }
        return false;
    }
}
