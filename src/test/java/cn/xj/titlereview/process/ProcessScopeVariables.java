package cn.xj.titlereview.process;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Reads what a (possibly ended) process instance holds in process scope, from history. */
public final class ProcessScopeVariables {

    private ProcessScopeVariables() {
    }

    public static Object processVariable(ProcessEngine engine, ProcessInstance instance, String name) {
        List<HistoricVariableInstance> found = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(name)
                .list().stream()
                .filter(variable -> instance.getId().equals(variable.getExecutionId()))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one process-scope variable " + name + " but found " + found.size());
        }
        return found.get(0).getValue();
    }
}
