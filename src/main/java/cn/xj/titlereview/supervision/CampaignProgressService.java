package cn.xj.titlereview.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.identity.Directory.Committee;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.notice.LoadedNotice;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.process.DirectRecognitionProcess;
import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.schedule.StatisticsSnapshot;
import cn.xj.titlereview.schedule.StatisticsSnapshot.ActivityCount;
import cn.xj.titlereview.schedule.StatisticsSnapshotRepository;
import cn.xj.titlereview.schedule.StatisticsSnapshotService;
import cn.xj.titlereview.security.ApiUser;
import cn.xj.titlereview.supervision.CampaignProgress.Group;
import cn.xj.titlereview.supervision.CampaignProgress.OverdueItem;
import cn.xj.titlereview.supervision.CampaignProgress.Status;
import cn.xj.titlereview.supervision.CampaignProgress.Step;
import cn.xj.titlereview.supervision.CampaignProgress.TrendPoint;

/**
 * A notice's campaign, read only, for supervisors and administrators (every notice) and the HR bureau
 * that serves the notice. Each application is one notice process instance (business key: its number)
 * whose call activities are its stages. Counts per step are the engine's activity statistics (as the
 * nightly {@link StatisticsSnapshotService} takes them); an application is overdue when one of its open
 * tasks (in any of its stage processes) has a due date before now, or one of its timers is due before
 * now and has not run. The engine is queried as the system: the caller's own engine rights (an office
 * sees its tasks only) would give wrong counts.
 */
@Service
public class CampaignProgressService {

    static final int TREND_DAYS = 30;
    static final int OVERDUE_ITEMS = 100;
    static final String TASK = "TASK";
    static final String TIMER = "TIMER";
    private static final int CHUNK = 500;
    private static final String UNIT_GROUP = CampaignVariables.UNIT_GROUP.name();
    private static final String COMMITTEE_GROUP = CampaignVariables.COMMITTEE_GROUP.name();

    private final NoticeCatalog catalog;
    private final OrganisationDirectory organisations;
    private final StatisticsSnapshotService statistics;
    private final StatisticsSnapshotRepository snapshots;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final ManagementService managementService;
    private final IdentityService identityService;

    public CampaignProgressService(NoticeCatalog catalog, OrganisationDirectory organisations,
                                   StatisticsSnapshotService statistics, StatisticsSnapshotRepository snapshots,
                                   RepositoryService repositoryService, RuntimeService runtimeService,
                                   HistoryService historyService, ManagementService managementService,
                                   IdentityService identityService) {
        this.catalog = catalog;
        this.organisations = organisations;
        this.statistics = statistics;
        this.snapshots = snapshots;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.managementService = managementService;
        this.identityService = identityService;
    }

    /** The notices the user may follow here (id and title), newest first as the catalogue lists them. */
    public List<NoticeDefinition> readable(ApiUser user) {
        List<NoticeDefinition> notices = new ArrayList<>();
        for (LoadedNotice notice : catalog.all()) {
            if (mayRead(notice.id(), user)) {
                notices.add(notice.definition());
            }
        }
        notices.sort(Comparator.comparing((NoticeDefinition n) -> n.year() == null ? 0 : n.year()).reversed()
                .thenComparing(NoticeDefinition::id));
        return notices;
    }

    /** 404 for an unknown notice, 403 for a user who may not follow it. */
    public CampaignProgress progress(String noticeId, ApiUser user) {
        NoticeDefinition notice = catalog.find(noticeId)
                .orElseThrow(() -> ApiProblemException.notFound("通知不存在：" + noticeId));
        if (!mayRead(noticeId, user)) {
            throw ApiProblemException.forbidden("无权查看该通知的评审进度：仅监督人员、系统管理员和负责该通知的人社部门可以查看");
        }
        Instant now = ProductClock.now();
        return asSystem(() -> count(notice, now));
    }

    private boolean mayRead(String noticeId, ApiUser user) {
        if (user.isMemberOf(RoleGroups.ADMIN) || user.isMemberOf(RoleGroups.SUPERVISOR)) {
            return true;
        }
        return organisations.hrBureauFor(noticeId).map(b -> user.isMemberOf(RoleGroups.hrBureau(b.code())))
                .orElse(false);
    }

    private CampaignProgress count(NoticeDefinition notice, Instant now) {
        String[] keys = {notice.id(), DirectRecognitionProcess.keyOf(notice.id())};
        StatisticsSnapshot live = statistics.take(notice.id(), now);
        Map<String, String> definitionKeys = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (String key : keys) {
            for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(key).orderByProcessDefinitionVersion().desc().list()) {
                definitionKeys.put(definition.getId(), key);
            }
        }

        // the running applications, their unit and committee
        Map<String, ProcessInstance> running = new LinkedHashMap<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processDefinitionKeyIn(keys).list()) {
            running.put(instance.getId(), instance);
        }
        Map<String, Map<String, String>> runningGroups = runtimeGroups(running.keySet());

        // what is overdue, by application (root instance)
        Date nowDate = Date.from(now);
        Map<String, List<OverdueItem>> overdueByRoot = new LinkedHashMap<>();
        Map<String, Set<String>> stepsByRoot = new HashMap<>();
        Map<String, String> stepNames = new HashMap<>();
        List<OverdueItem> items = new ArrayList<>();
        for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery().unfinished()
                .taskDueBefore(nowDate).orderByTaskDueDate().asc().list()) {
            ProcessInstance root = running.get(task.getRootProcessInstanceId());
            if (root != null) {
                overdueByRoot.computeIfAbsent(root.getId(), id -> new ArrayList<>()).add(new OverdueItem(
                        root.getBusinessKey(), null, TASK, task.getName(), task.getDueDate().toInstant()));
            }
        }
        Map<String, String> timerNames = new HashMap<>();
        for (Job job : managementService.createJobQuery().timers().duedateLowerThan(nowDate)
                .orderByJobDuedate().asc().list()) {
            ProcessInstance root = running.get(job.getRootProcessInstanceId());
            if (root != null) {
                String name = timerNames.computeIfAbsent(job.getJobDefinitionId() + "|" + job.getProcessDefinitionId(),
                        k -> timerName(job));
                overdueByRoot.computeIfAbsent(root.getId(), id -> new ArrayList<>()).add(new OverdueItem(
                        root.getBusinessKey(), null, TIMER, name, job.getDuedate().toInstant()));
            }
        }
        for (Map.Entry<String, List<OverdueItem>> entry : overdueByRoot.entrySet()) {
            ProcessInstance root = running.get(entry.getKey());
            Set<String> steps = currentSteps(root, definitionKeys, stepNames);
            stepsByRoot.put(root.getId(), steps);
            String where = String.join("、", steps.stream().map(stepNames::get).toList());
            for (OverdueItem item : entry.getValue()) {
                items.add(new OverdueItem(item.applicationNo(), where, item.kind(), item.name(), item.dueAt()));
            }
        }
        items.sort(Comparator.comparing(OverdueItem::dueAt).thenComparing(OverdueItem::applicationNo));

        // the steps, in the order of the process model
        Map<String, Long> overduePerStep = new HashMap<>();
        stepsByRoot.values().forEach(steps -> steps.forEach(s -> overduePerStep.merge(s, 1L, Long::sum)));
        List<Step> steps = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ActivityCount activity : live.detail().running()) {
            String id = stepId(activity.processDefinitionKey(), activity.activityId());
            seen.add(id);
            steps.add(new Step(activity.processDefinitionKey(), activity.activityId(), activity.activityName(),
                    activity.count(), overduePerStep.getOrDefault(id, 0L)));
        }
        overduePerStep.forEach((id, count) -> {
            if (!seen.contains(id)) {
                String[] parts = id.split("#", 2);
                steps.add(new Step(parts[0], parts[1], stepNames.get(id), 0, count));
            }
        });
        for (String key : keys) {
            modelOrder(key, order);
        }
        steps.sort(Comparator.comparing((Step s) -> s.processDefinitionKey().equals(notice.id()) ? 0 : 1)
                .thenComparing(s -> order.getOrDefault(stepId(s.processDefinitionKey(), s.activityId()), Integer.MAX_VALUE)));

        // per unit and per committee, running and finished
        List<HistoricProcessInstance> finished = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKeyIn(keys).finished().list();
        Map<String, Map<String, String>> finishedGroups = historicGroups(finished.stream()
                .map(HistoricProcessInstance::getId).toList());
        Map<String, long[]> units = new LinkedHashMap<>();
        Map<String, long[]> committees = new LinkedHashMap<>();
        runningGroups.forEach((id, groups) -> {
            boolean late = overdueByRoot.containsKey(id);
            tally(units, groups.get(UNIT_GROUP), 0, late);
            tally(committees, groups.get(COMMITTEE_GROUP), 0, late);
        });
        finishedGroups.forEach((id, groups) -> {
            tally(units, groups.get(UNIT_GROUP), 2, false);
            tally(committees, groups.get(COMMITTEE_GROUP), 2, false);
        });

        List<Status> statuses = live.detail().finished().stream()
                .map(s -> new Status(s.finalStatus(), s.label(), s.count())).toList();
        List<TrendPoint> trend = snapshots.recent(notice.id(), TREND_DAYS).stream()
                .map(s -> new TrendPoint(s.snapshotDate(), s.runningTotal(), s.finishedTotal())).toList();
        return new CampaignProgress(notice.id(), notice.title(), now, live.runningTotal(), overdueByRoot.size(),
                live.finishedTotal(), steps, items.stream().limit(OVERDUE_ITEMS).toList(),
                groups(units, "unit", code -> organisations.employerUnit(code).map(EmployerUnit::name).orElse(code)),
                groups(committees, "committee", code -> organisations.committee(code).map(Committee::name).orElse(code)),
                statuses, trend);
    }

    private static void tally(Map<String, long[]> counts, String group, int column, boolean overdue) {
        long[] row = counts.computeIfAbsent(group == null ? "" : group, g -> new long[3]);
        row[column]++;
        if (overdue) {
            row[1]++;
        }
    }

    private static List<Group> groups(Map<String, long[]> counts, String prefix,
                                      java.util.function.UnaryOperator<String> name) {
        return counts.entrySet().stream().map(e -> {
            String code = e.getKey().startsWith(prefix) ? e.getKey().substring(prefix.length()) : e.getKey();
            String label = code.isEmpty() ? "（未指定）" : name.apply(code);
            return new Group(code, label, e.getValue()[0], e.getValue()[1], e.getValue()[2]);
        }).sorted(Comparator.comparing(Group::code)).toList();
    }

    /** unitGroup and committeeGroup of running notice processes, by instance id. */
    private Map<String, Map<String, String>> runtimeGroups(Set<String> ids) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        ids.forEach(id -> groups.put(id, new HashMap<>()));
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            String[] chunk = all.subList(from, Math.min(all.size(), from + CHUNK)).toArray(String[]::new);
            for (VariableInstance variable : runtimeService.createVariableInstanceQuery().processInstanceIdIn(chunk)
                    .variableNameIn(UNIT_GROUP, COMMITTEE_GROUP).list()) {
                if (variable.getExecutionId().equals(variable.getProcessInstanceId()) && variable.getValue() != null) {
                    groups.get(variable.getProcessInstanceId()).put(variable.getName(), variable.getValue().toString());
                }
            }
        }
        return groups;
    }

    private Map<String, Map<String, String>> historicGroups(List<String> ids) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        ids.forEach(id -> groups.put(id, new HashMap<>()));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            String[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(String[]::new);
            for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(chunk).variableNameIn(UNIT_GROUP, COMMITTEE_GROUP).list()) {
                if (variable.getProcessInstanceId().equals(variable.getExecutionId()) && variable.getValue() != null) {
                    groups.get(variable.getProcessInstanceId()).put(variable.getName(), variable.getValue().toString());
                }
            }
        }
        return groups;
    }

    /** Where the application waits in its notice process: the innermost activities (a call activity is a stage). */
    private Set<String> currentSteps(ProcessInstance root, Map<String, String> definitionKeys, Map<String, String> names) {
        Set<String> steps = new LinkedHashSet<>();
        ActivityInstance tree = runtimeService.getActivityInstance(root.getId());
        String key = definitionKeys.get(root.getProcessDefinitionId());
        if (tree != null) {
            collect(tree, root.getProcessDefinitionId(), key, steps, names);
        }
        return steps;
    }

    private void collect(ActivityInstance instance, String definitionId, String key, Set<String> steps,
                         Map<String, String> names) {
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
                add(definitionId, key, child.getActivityId(), steps, names);
            } else {
                collect(child, definitionId, key, steps, names);
            }
        }
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            add(definitionId, key, transition.getActivityId(), steps, names);
        }
    }

    private void add(String definitionId, String key, String activityId, Set<String> steps, Map<String, String> names) {
        String id = stepId(key, activityId);
        steps.add(id);
        names.computeIfAbsent(id, i -> elementName(definitionId, activityId));
    }

    private String timerName(Job job) {
        JobDefinition definition = job.getJobDefinitionId() == null ? null : managementService
                .createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
        if (definition == null || job.getProcessDefinitionId() == null) {
            return "期限";
        }
        ModelElementInstance element = repositoryService.getBpmnModelInstance(job.getProcessDefinitionId())
                .getModelElementById(definition.getActivityId());
        if (element instanceof FlowElement flow && flow.getName() != null) {
            return flow.getName();
        }
        if (element instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null
                && boundary.getAttachedTo().getName() != null) {
            return boundary.getAttachedTo().getName() + "的期限";
        }
        return "期限";
    }

    private String elementName(String definitionId, String activityId) {
        ModelElementInstance element = repositoryService.getBpmnModelInstance(definitionId).getModelElementById(activityId);
        return element instanceof FlowElement flow && flow.getName() != null ? flow.getName() : activityId;
    }

    /** Position of each flow node in the latest model of the process (its document order: the drawn order). */
    private void modelOrder(String key, Map<String, Integer> order) {
        ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        if (latest == null) {
            return;
        }
        int i = 0;
        for (FlowNode node : repositoryService.getBpmnModelInstance(latest.getId()).getModelElementsByType(FlowNode.class)) {
            order.putIfAbsent(stepId(key, node.getId()), i++);
        }
    }

    private static String stepId(String key, String activityId) {
        return key + "#" + activityId;
    }

    private <T> T asSystem(Supplier<T> work) {
        Authentication saved = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (saved != null) {
                identityService.setAuthentication(saved);
            }
        }
    }
}
