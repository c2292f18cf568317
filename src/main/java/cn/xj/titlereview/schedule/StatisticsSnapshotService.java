package cn.xj.titlereview.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.notice.LoadedNotice;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.process.DirectRecognitionProcess;
import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.process.FinalStatus;
import cn.xj.titlereview.schedule.StatisticsSnapshot.ActivityCount;
import cn.xj.titlereview.schedule.StatisticsSnapshot.Detail;
import cn.xj.titlereview.schedule.StatisticsSnapshot.StatusCount;

/**
 * Nightly counts per notice (process definition key = notice id, every version, and the notice's
 * direct-recognition path {@code <notice id>-direct-recognition}, whose applications belong to the
 * notice too): running process instances by current activity, from the engine's activity statistics
 * (what Cockpit shows), and finished ones by {@code finalStatus}, from history. Counting queries only, no instance is loaded.
 * The date is the Beijing date of the run on the engine clock; a second run that day replaces
 * the row.
 */
@Service
public class StatisticsSnapshotService {

    private static final Logger log = LoggerFactory.getLogger(StatisticsSnapshotService.class);
    static final String FINAL_STATUS = CampaignVariables.FINAL_STATUS.name();
    static final String NO_STATUS = "NONE";

    private final NoticeCatalog catalog;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final HistoryService historyService;
    private final StatisticsSnapshotRepository snapshots;

    public StatisticsSnapshotService(NoticeCatalog catalog, RepositoryService repositoryService,
                                     RuntimeService runtimeService, ManagementService managementService,
                                     HistoryService historyService, StatisticsSnapshotRepository snapshots) {
        this.catalog = catalog;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.historyService = historyService;
        this.snapshots = snapshots;
    }

    public List<StatisticsSnapshot> snapshotAll() {
        return snapshotAll(ProductClock.now());
    }

    public List<StatisticsSnapshot> snapshotAll(Instant now) {
        List<StatisticsSnapshot> taken = new ArrayList<>();
        for (LoadedNotice notice : catalog.all()) {
            StatisticsSnapshot snapshot = take(notice.id(), now);
            boolean replaced = snapshots.save(snapshot);
            taken.add(snapshot);
            log.info("通知 {} 统计快照（{}）：进行中 {} 件，已结束 {} 件{}", notice.id(), snapshot.snapshotDate(),
                    snapshot.runningTotal(), snapshot.finishedTotal(), replaced ? "，已替换当日较早的快照" : "");
        }
        return taken;
    }

    /**
     * The notice's counts at {@code now}, taken as the nightly job takes them but not stored (the
     * supervision page's live counts). Runs the engine's queries as the caller's thread is set up:
     * call it without an authenticated engine user to count everything.
     */
    public StatisticsSnapshot take(String noticeId, Instant now) {
        LocalDate date = BeijingTime.local(now).toLocalDate();
        String[] keys = {noticeId, DirectRecognitionProcess.keyOf(noticeId)};
        long running = runtimeService.createProcessInstanceQuery().processDefinitionKeyIn(keys).count();
        long finished = historyService.createHistoricProcessInstanceQuery().processDefinitionKeyIn(keys)
                .finished().count();
        List<ActivityCount> activities = new ArrayList<>();
        for (String key : keys) {
            activities.addAll(runningByActivity(key));
        }
        return new StatisticsSnapshot(noticeId, date, now, running, finished,
                new Detail(noticeId, activities, finishedByStatus(keys, finished)));
    }

    private List<ActivityCount> runningByActivity(String key) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<ProcessDefinition> versions = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().asc().list();
        for (ProcessDefinition definition : versions) {
            List<ActivityStatistics> statistics = managementService.createActivityStatisticsQuery(definition.getId()).list();
            if (statistics.isEmpty()) {
                continue;
            }
            for (ActivityStatistics activity : statistics) {
                counts.merge(activity.getId(), (long) activity.getInstances(), Long::sum);
                names.computeIfAbsent(activity.getId(), id -> activityName(definition.getId(), id));
            }
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> new ActivityCount(key, e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
    }

    private String activityName(String processDefinitionId, String activityId) {
        ModelElementInstance element = repositoryService.getBpmnModelInstance(processDefinitionId)
                .getModelElementById(activityId);
        return element instanceof FlowElement flowElement && flowElement.getName() != null
                ? flowElement.getName() : activityId;
    }

    private List<StatusCount> finishedByStatus(String[] keys, long finished) {
        List<StatusCount> counts = new ArrayList<>();
        long withStatus = 0;
        for (FinalStatus status : FinalStatus.values()) {
            long count = historyService.createHistoricProcessInstanceQuery().processDefinitionKeyIn(keys).finished()
                    .variableValueEquals(FINAL_STATUS, status.name()).count();
            withStatus += count;
            if (count > 0) {
                counts.add(new StatusCount(status.name(), status.label(), count));
            }
        }
        if (finished > withStatus) {
            counts.add(new StatusCount(NO_STATUS, "未记录结果", finished - withStatus));
        }
        return counts;
    }
}
