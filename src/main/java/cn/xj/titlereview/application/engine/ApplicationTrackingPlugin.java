package cn.xj.titlereview.application.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.listener.DelegateExpressionExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Keeps the product's application record in step with the process, whatever a designer models:
 * every {@code applicant_revise} marks the application RETURNED, every completed review task is
 * recorded as a decision on the submitted snapshot, and the end of a notice process records the
 * final status. Added at deployment (parse) time, so the models stay free of product plumbing and
 * process tests on a bare engine need none of these beans.
 */
@Component
class ApplicationTrackingPlugin extends AbstractProcessEnginePlugin {

    /** Review tasks whose decision is recorded. The secret vote is not: only its counts reach the process. */
    static final Set<String> REVIEW_TASKS = Set.of("unit_review", "unit_objection_review", "competent_recommend",
            "committee_intake", "committee_paper_received", "defense_record", "result_objection_review", "hr_confirm");
    static final String REVISE_TASK = "applicant_revise";
    static final String NOTICE_PROCESS_PREFIX = "notice-";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new TrackingParseListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private static Expression bean(String name) {
        return Context.getProcessEngineConfiguration().getExpressionManager().createExpression("${" + name + "}");
    }

    static final class TrackingParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            String key = activity.getId();
            var taskDefinition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            if (REVISE_TASK.equals(key)) {
                taskDefinition.addTaskListener(TaskListener.EVENTNAME_CREATE,
                        new DelegateExpressionTaskListener(bean("markApplicationReturnedListener"), List.of()));
            } else if (REVIEW_TASKS.contains(key)) {
                taskDefinition.addTaskListener(TaskListener.EVENTNAME_COMPLETE,
                        new DelegateExpressionTaskListener(bean("recordApplicationDecisionListener"), List.of()));
            }
        }

        @Override
        public void parseEndEvent(Element endEventElement, ScopeImpl scope, ActivityImpl activity) {
            // only the ends of a notice process itself: stage processes and embedded sub-processes go on
            if (scope instanceof ProcessDefinitionEntity process && process.getKey().startsWith(NOTICE_PROCESS_PREFIX)) {
                activity.addListener(ExecutionListener.EVENTNAME_END,
                        new DelegateExpressionExecutionListener(bean("recordApplicationOutcomeListener"), List.of()));
            }
        }
    }
}
