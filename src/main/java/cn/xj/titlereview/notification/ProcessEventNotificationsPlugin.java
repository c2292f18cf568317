package cn.xj.titlereview.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.notification.Notification.Kind;
import cn.xj.titlereview.notification.Notification.RecipientType;
import cn.xj.titlereview.notification.Notification.SourceType;
import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.process.FinalStatus;
import cn.xj.titlereview.process.UnitReviewProcess;

/**
 * Feeds the message centre from the processes themselves, in the engine's transaction:
 * <ul>
 * <li>a user task is created: its holder is told (新待办; {@code titlereview.notifications.task-waiting});
 *     the applicant's revision task tells the applicant that the application came back, with the
 *     reviewer's reasons (退回修改);</li>
 * <li>a notice process ({@code notice-…}) ends with its {@code finalStatus}: the applicant is told the
 *     result (评审结果).</li>
 * </ul>
 * The texts name the task and the application number only; the reasons are the reviewer's words and go
 * to the applicant alone.
 */
@Component
public class ProcessEventNotificationsPlugin extends AbstractProcessEnginePlugin {

    static final String NOTICE_PROCESS_PREFIX = "notice-";

    /** Lazily: the notifier needs the engine's identity service, which needs this plugin first. */
    private final ObjectProvider<Notifier> notifier;
    private final NotificationProperties properties;

    public ProcessEventNotificationsPlugin(ObjectProvider<Notifier> notifier, NotificationProperties properties) {
        this.notifier = notifier;
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        TaskListener created = this::taskCreated;
        ExecutionListener ended = this::noticeProcessEnded;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, created);
                }
            }

            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                if (processDefinition.getKey().startsWith(NOTICE_PROCESS_PREFIX)) {
                    processDefinition.addListener(ExecutionListener.EVENTNAME_END, ended);
                }
            }
        });
    }

    void taskCreated(DelegateTask task) {
        boolean revision = UnitReviewProcess.APPLICANT_REVISE.equals(task.getTaskDefinitionKey());
        if (!revision && !properties.taskWaiting()) {
            return;
        }
        String no = applicationNo(task);
        RecipientType type;
        List<String> recipients;
        List<IdentityLink> candidates = task.getCandidates().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).map(IdentityLink.class::cast).toList();
        if (task.getAssignee() != null) {
            type = RecipientType.ASSIGNEE;
            recipients = List.of(task.getAssignee());
        } else if (candidates.stream().anyMatch(l -> l.getUserId() != null)) {
            type = RecipientType.CANDIDATE_USERS;
            recipients = candidates.stream().map(IdentityLink::getUserId).filter(Objects::nonNull).distinct().toList();
        } else if (!candidates.isEmpty()) {
            type = RecipientType.CANDIDATE_GROUPS;
            recipients = candidates.stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).distinct().toList();
        } else {
            return;
        }
        String message;
        String detail = null;
        Kind kind;
        if (revision) {
            kind = Kind.TASK_RETURNED;
            message = "您的申报（申报编号：" + no + "）已被退回修改，请在修改期限内按退回原因修改后重新提交。";
            detail = CampaignVariables.RETURN_REASONS.find(task).map(reasons -> "退回原因：\n" + reasons).orElse(null);
        } else if (CampaignVariables.SENT_BACK_REASON.find(task).isPresent()) {
            kind = Kind.TASK_SENT_BACK;
            message = "申报（申报编号：" + no + "）已被退回贵单位重新审核（‘" + task.getName() + "’），请查看退回原因后重新审核。";
            detail = "退回原因：" + CampaignVariables.SENT_BACK_REASON.get(task);
        } else {
            kind = Kind.TASK_WAITING;
            message = "您有一项新的待办‘" + task.getName() + "’，申报编号：" + no + "。";
        }
        Notifier.Request request = new Notifier.Request(SourceType.TASK, task.getId(), kind, task.getId(),
                task.getProcessInstanceId(), no, task.getTaskDefinitionKey(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), type, recipients, message, detail);
        Context.getCommandContext().runWithoutAuthorization(() -> notifier.getObject().publish(request));
    }

    void noticeProcessEnded(DelegateExecution execution) {
        String status = CampaignVariables.FINAL_STATUS.get(execution);
        String applicant = CampaignVariables.APPLICANT_USER_ID.get(execution);
        if (status == null || applicant == null || applicant.isBlank()) {
            return; // deleted by an administrator, or no applicant to tell
        }
        String no = CampaignVariables.APPLICATION_NO.find(execution).orElse(execution.getProcessBusinessKey());
        String label;
        try {
            label = FinalStatus.valueOf(status).label();
        } catch (IllegalArgumentException e) {
            label = status;
        }
        Notifier.Request request = new Notifier.Request(SourceType.PROCESS_INSTANCE, execution.getProcessInstanceId(),
                Kind.RESULT_PUBLISHED, null, execution.getProcessInstanceId(), no, null, null, RecipientType.APPLICANT,
                List.of(applicant), "您的申报（申报编号：" + no + "）已办结，结果：" + label + "。详情请登录申报系统查看。", null);
        Context.getCommandContext().runWithoutAuthorization(() -> notifier.getObject().publish(request));
    }

    private static String applicationNo(DelegateTask task) {
        return CampaignVariables.APPLICATION_NO.find(task)
                .orElseGet(() -> task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey());
    }
}
