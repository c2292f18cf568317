package cn.xj.titlereview.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;

/** Evaluates a deployed decision table and tells which rule matched (from decision history). */
public final class DecisionTableRules {

    private DecisionTableRules() {
    }

    public record Evaluation(DmnDecisionResult result, List<String> matchedRuleIds) {
    }

    public static Evaluation evaluate(ProcessEngine engine, String decisionKey, Map<String, Object> inputs) {
        DmnDecisionResult result = engine.getDecisionService().evaluateDecisionByKey(decisionKey).variables(inputs).evaluate();
        List<HistoricDecisionInstance> evaluations = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(decisionKey).includeOutputs().list();
        if (evaluations.size() != 1) {
            throw new AssertionError("expected one evaluation in history, found " + evaluations.size());
        }
        List<String> ruleIds = evaluations.get(0).getOutputs().stream()
                .map(HistoricDecisionOutputInstance::getRuleId).distinct().toList();
        return new Evaluation(result, ruleIds);
    }

    /** Ids of every rule in a DMN file on the classpath. */
    public static List<String> ruleIds(String resource) {
        try (InputStream in = DecisionTableRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource: " + resource);
            }
            return Dmn.readModelFromStream(in).getModelElementsByType(Rule.class).stream().map(Rule::getId).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
