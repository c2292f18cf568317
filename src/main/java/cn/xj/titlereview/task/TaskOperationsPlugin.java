package cn.xj.titlereview.task;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.notification.Notifier;

/**
 * Puts the office rules into every user task of every deployed model, so they hold in Tasklist and engine
 * REST as in the product API: {@link TaskAssignmentListener} on {@code assignment}, {@link TaskCompletionGuard}
 * on {@code complete}.
 */
@Component
public class TaskOperationsPlugin extends AbstractProcessEnginePlugin {

    private final AuditLog auditLog;
    /** Lazily: the notifier needs the engine's identity service, which needs this plugin first. */
    private final ObjectProvider<Notifier> notifier;

    public TaskOperationsPlugin(AuditLog auditLog, ObjectProvider<Notifier> notifier) {
        this.auditLog = auditLog;
        this.notifier = notifier;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        TaskListener assignment = new TaskAssignmentListener(auditLog, notifier::getObject);
        TaskListener completion = new TaskCompletionGuard();
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assignment);
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, completion);
                }
            }
        });
    }
}
