package cn.xj.titlereview.application.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.application.Application;
import cn.xj.titlereview.application.ApplicationProcessGateway;
import cn.xj.titlereview.application.DeclaredPaths;
import cn.xj.titlereview.application.ProcessProgress;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.campaign.CampaignStartException;
import cn.xj.titlereview.campaign.PathRules;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.process.HrConfirmProcess;
import cn.xj.titlereview.process.PaymentProcess;
import cn.xj.titlereview.schedule.DeclarationWindowGuard;

/**
 * Starts the notice's BPMN process (process id = notice id, business key = application number).
 * For a notice of the notice files: inside its declaration window only, with the full start
 * variables of {@link CampaignProcessService} (notice parameters, unit, competent department,
 * committee, experts, bureau). A process a designer deployed for trial without a notice file starts
 * with the ids only. Either way the variables hold ids and codes, never personal data.
 */
@Component
class CamundaApplicationProcessGateway implements ApplicationProcessGateway {

    static final String REVISE_TASK = "applicant_revise";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final NoticeCatalog notices;
    private final CampaignProcessService campaigns;
    private final DeclarationWindowGuard declarationWindow;
    private final DeclaredPaths paths;

    CamundaApplicationProcessGateway(RuntimeService runtimeService, TaskService taskService,
                                     HistoryService historyService, RepositoryService repositoryService,
                                     ManagementService managementService, IdentityService identityService,
                                     NoticeCatalog notices, CampaignProcessService campaigns,
                                     DeclarationWindowGuard declarationWindow, DeclaredPaths paths) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.notices = notices;
        this.campaigns = campaigns;
        this.declarationWindow = declarationWindow;
        this.paths = paths;
    }

    static Map<String, Object> startVariables(Application application) {
        Map<String, Object> variables = new LinkedHashMap<>();
        CampaignVariables.APPLICATION_NO.put(variables, application.applicationNo());
        CampaignVariables.NOTICE_ID.put(variables, application.noticeId());
        CampaignVariables.LEVEL.put(variables, application.level() == null ? null : application.level().name());
        CampaignVariables.SERIES.put(variables, application.series());
        CampaignVariables.SPECIALTY.put(variables, application.specialty());
        CampaignVariables.UNIT_GROUP.put(variables, RoleGroups.unit(application.employerUnitCode()));
        CampaignVariables.APPLICANT_USER_ID.put(variables, application.applicantUserId());
        return variables;
    }

    @Override
    public String startProcess(Application application) {
        return EngineAsSystem.call(identityService, () -> {
            boolean noticeFile = notices.find(application.noticeId()).isPresent();
            Instant now = ClockUtil.getCurrentTime().toInstant();
            // the path's process: the notice's own, or its direct-recognition process
            ApplicationProcessStart start = noticeFile
                    ? paths.start(application, LocalDate.ofInstant(now, BeijingTime.ZONE)) : null;
            String processKey = start == null ? application.noticeId() : start.processKey();
            long deployed = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).count();
            if (deployed == 0) {
                throw ApiProblemException.conflict(start != null && start.directRecognition() != null
                        ? "该通知的直接认定流程尚未部署，暂不能提交" : "该通知的评审流程尚未部署，暂不能提交");
            }
            if (noticeFile) {
                // the engine clock: a simulation replays the declaration window too
                declarationWindow.requireOpen(application.noticeId(), now);
            }
            try {
                ProcessInstance instance = noticeFile
                        ? campaigns.start(start)
                        : runtimeService.startProcessInstanceByKey(
                                application.noticeId(), application.applicationNo(), startVariables(application));
                return instance.getId();
            } catch (CampaignStartException e) {
                // the declaration refuses these when saved and in the pre-check; the same words here
                throw ApiProblemException.badRequest("申报信息有误",
                        List.of(new FieldProblem(formField(e.field()), PathRules.RULE, e.getMessage())));
            } catch (ProcessEngineException e) {
                throw new IllegalStateException("评审流程启动失败：" + application.applicationNo(), e);
            }
        });
    }

    /** The form field behind a field of the campaign start (its fields are named after the start variables). */
    private static final Map<String, String> FORM_FIELD_OF_START_FIELD = Map.of(
            "unitCode", "employerUnitCode",
            CampaignVariables.CURRENT_LEVEL.name(), "currentTitle.level",
            CampaignVariables.VILLAGE_WORK_YEARS.name(), "situation.villageWorkFrom",
            CampaignVariables.VILLAGE_WORK_EXCELLENT_YEARS.name(), "annualAssessments",
            CampaignVariables.EXAM_FILLED_SPECIALTY.name(), "specialty",
            CampaignVariables.DELEGATED_TO_COMMITTEE.name(), "situation.delegatedToCommittee",
            CampaignVariables.DELEGATION_LETTER_ATTACHMENT_ID.name(), "attachments." + DeclaredPaths.DELEGATION_LETTER);

    static String formField(String startField) {
        return FORM_FIELD_OF_START_FIELD.getOrDefault(startField == null ? "" : startField, startField);
    }

    @Override
    public void completeRevision(Application application) {
        EngineAsSystem.call(identityService, () -> {
            List<Task> tasks = taskService.createTaskQuery()
                    .taskDefinitionKey(REVISE_TASK)
                    .processVariableValueEquals(CampaignVariables.APPLICATION_NO.name(), application.applicationNo())
                    .active()
                    .list();
            if (tasks.isEmpty()) {
                throw ApiProblemException.conflict("当前没有待修改的退回，不能重新提交");
            }
            for (Task task : tasks) {
                taskService.complete(task.getId());
            }
            return null;
        });
    }

    @Override
    public boolean awaitsRevision(Application application) {
        if (application.processInstanceId() == null) {
            return false;
        }
        return EngineAsSystem.call(identityService, () -> taskService.createTaskQuery()
                .taskDefinitionKey(REVISE_TASK)
                .processVariableValueEquals(CampaignVariables.APPLICATION_NO.name(), application.applicationNo())
                .active()
                .count() > 0);
    }

    @Override
    public ProcessProgress progress(Application application) {
        if (application.processInstanceId() == null) {
            return ProcessProgress.NONE;
        }
        return EngineAsSystem.call(identityService, () -> {
            String instance = application.processInstanceId();
            List<String> chain = new ArrayList<>();
            chain.add(instance);
            // follow called stages down to the deepest running one
            String current = instance;
            for (int depth = 0; depth < 5; depth++) {
                ProcessInstance sub = runtimeService.createProcessInstanceQuery()
                        .superProcessInstanceId(current).active().listPage(0, 1).stream().findFirst().orElse(null);
                if (sub == null) {
                    break;
                }
                current = sub.getId();
                chain.add(current);
            }
            List<String> names = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            Instant reviseBy = null;
            for (Task task : taskService.createTaskQuery().processInstanceId(current).active().list()) {
                names.add(task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
                ids.add(task.getTaskDefinitionKey());
                if (REVISE_TASK.equals(task.getTaskDefinitionKey())) {
                    reviseBy = fixWindowEnd(task);
                }
            }
            if (names.isEmpty()) {
                for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
                        .processInstanceId(current).unfinished().list()) {
                    names.add(activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName());
                    ids.add(activity.getActivityId());
                }
            }
            // the fee may live in the notice process or in a (finished) payment stage it called
            List<String> scopes = new ArrayList<>(chain);
            historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(instance).list()
                    .forEach(sub -> scopes.add(sub.getId()));
            Integer fee = null;
            String certificateNo = null;
            // the fee and the certificate number the HR bureau's confirmation issued, from history: the
            // process (or the stage that set them) may have ended
            for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(scopes.stream().distinct().toArray(String[]::new))
                    .variableNameIn(PaymentProcess.FEE.name(), HrConfirmProcess.CERTIFICATE_NO.name()).list()) {
                if (PaymentProcess.FEE.name().equals(variable.getName()) && variable.getValue() instanceof Number number) {
                    fee = number.intValue();
                } else if (HrConfirmProcess.CERTIFICATE_NO.name().equals(variable.getName())
                        && variable.getValue() instanceof String number && !number.isBlank()) {
                    certificateNo = number;
                }
            }
            return new ProcessProgress(names.isEmpty() ? null : String.join("、", names), ids, fee, reviseBy,
                    certificateNo);
        });
    }

    @Override
    public java.util.Set<String> stepKeys() {
        return EngineAsSystem.call(identityService, () -> {
            java.util.Set<String> keys = new java.util.TreeSet<>();
            for (var definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
                BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
                if (model != null) {
                    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class)
                            .forEach(node -> keys.add(node.getId()));
                }
            }
            return keys;
        });
    }

    /**
     * When the fix window of a revision task closes: the due date of the timer on its boundary, as
     * the engine computed it (working days and holidays included). Null if the model sets none.
     */
    private Instant fixWindowEnd(Task revise) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(revise.getProcessDefinitionId());
        return model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(b -> b.getAttachedTo() != null && REVISE_TASK.equals(b.getAttachedTo().getId()))
                .filter(b -> b.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance))
                .flatMap(b -> managementService.createJobQuery().processInstanceId(revise.getProcessInstanceId())
                        .activityId(b.getId()).timers().list().stream())
                .map(Job::getDuedate).filter(Objects::nonNull)
                .map(Date::toInstant).min(Instant::compareTo).orElse(null);
    }
}
