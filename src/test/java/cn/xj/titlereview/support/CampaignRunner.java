package cn.xj.titlereview.support;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;

import cn.xj.titlereview.calendar.BeijingTime;

/**
 * The campaign bot: runs one application's campaign forward as its people would, through
 * {@link CampaignDriver}. Each open task is worked by its responsible demo user (by default approve,
 * defense passed, vote for; an {@link Action} per task key says otherwise), the fee is paid when due,
 * and when nothing is left to do the simulation clock moves to the application's next job or timer.
 * Also reads the application's history for the assertions (final status, variables, tasks, workers).
 */
public class CampaignRunner {

    /** What the bot does with an open task of a key; {@link #PAYMENT} as the key: with the fee due. */
    public enum Action { APPROVE, RETURN, REJECT, WAIT, WITHDRAW }

    /** The override key of the fee: {@link Action#WAIT} leaves it unpaid. */
    public static final String PAYMENT = "payment";
    /** The override key of the committee meeting: {@link Action#WAIT} leaves the application waiting for one. */
    public static final String MEETING = "meeting";

    private static final int MAX_STEPS = 400;
    private static final Runnable NOTHING = () -> { };

    private final CampaignDriver driver;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final ManagementService managementService;
    /** When set, nothing to do moves the clock by this much instead of to the next timer. */
    private Duration fixedWait;

    public CampaignRunner(TestRestTemplate rest, ProcessEngine engine) {
        this.driver = new CampaignDriver(rest);
        this.taskService = engine.getTaskService();
        this.runtimeService = engine.getRuntimeService();
        this.historyService = engine.getHistoryService();
        this.identityService = engine.getIdentityService();
        this.managementService = engine.getManagementService();
    }

    /**
     * Waits as a person who looks in once a week would: each wait is one move of the clock by
     * {@code step}, across whatever timers fall due inside it.
     */
    public CampaignRunner waitingInSteps(Duration step) {
        this.fixedWait = step;
        return this;
    }

    /** The people's side the bot works through: tasks, messages and the simulation clock. */
    public CampaignDriver driver() {
        return driver;
    }

    /** Works the campaign to its end with every task approved; the final status. */
    public String runToEnd(String applicationNo) {
        return run(applicationNo, Map.of(), null, NOTHING);
    }

    /** Works the campaign to its end, each task key as its override says; the final status. */
    public String runToEnd(String applicationNo, Map<String, Action> overrides) {
        return run(applicationNo, overrides, null, NOTHING);
    }

    /** Works the campaign to its end with every task approved, {@code eachStep} before every step; the final status. */
    public String runToEnd(String applicationNo, Runnable eachStep) {
        return run(applicationNo, Map.of(), null, eachStep);
    }

    /**
     * As {@link #runToEnd(String, Map)}, but stops as soon as a task of key {@code stopAt} is open:
     * null then, or the final status if the campaign ended first.
     */
    public String run(String applicationNo, Map<String, Action> overrides, String stopAt) {
        return run(applicationNo, overrides, stopAt, NOTHING);
    }

    /** Works the campaign until its vote waits for a committee meeting; fails if the campaign ends first. */
    public void runUntilMeeting(String applicationNo) {
        runUntil(applicationNo, MEETING);
    }

    /** Works the campaign until a task of that key is open; fails if the campaign ends first. */
    public void runUntil(String applicationNo, String taskKey) {
        String status = run(applicationNo, Map.of(), taskKey, NOTHING);
        if (status != null || rootInstance(applicationNo).getEndTime() != null) {
            throw new AssertionError("the campaign of " + applicationNo + " ended before task " + taskKey);
        }
    }

    private String run(String no, Map<String, Action> overrides, String stopAt, Runnable eachStep) {
        for (int step = 0; step < MAX_STEPS; step++) {
            eachStep.run();
            HistoricProcessInstance root = rootInstance(no);
            if (root.getEndTime() != null) {
                return finalStatus(root);
            }
            List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(no)
                    .orderByTaskCreateTime().asc().list();
            if (tasks.stream().anyMatch(t -> t.getTaskDefinitionKey().equals(stopAt))
                    || (MEETING.equals(stopAt) && awaitingMeeting(no))) {
                return null;
            }
            // the office closing the meeting would end the vote before the experts have voted
            Task task = tasks.stream().filter(t -> !"committee_meeting_close".equals(t.getTaskDefinitionKey()))
                    .filter(t -> overrides.get(t.getTaskDefinitionKey()) != Action.WAIT).findFirst().orElse(null);
            if (task != null) {
                work(no, task, overrides.getOrDefault(task.getTaskDefinitionKey(), Action.APPROVE));
            } else if (overrides.get(MEETING) != Action.WAIT && awaitingMeeting(no)) {
                holdMeeting(no);
            } else if (overrides.get(PAYMENT) != Action.WAIT && awaitingPayment(no)) {
                driver.message("PaymentReceived", no);
            } else {
                driver.advance(fixedWait != null ? fixedWait : untilNextTimer(root.getId()));
            }
        }
        throw new AssertionError("the campaign of " + no + " did not end");
    }

    private void work(String no, Task task, Action action) {
        String key = task.getTaskDefinitionKey();
        String user = responsibleUser(task);
        switch (action) {
            case WITHDRAW -> driver.message("ApplicationWithdrawn", no);
            case RETURN -> driver.returnForRevision(user, no, key, "继续教育证明缺少2023年度学时", "业绩材料未遮盖单位名称");
            case REJECT -> {
                switch (key) {
                    case "defense_record" -> driver.complete(user, no, key, Map.of("defensePassed", false, "comment", "答辩未通过"));
                    case "expert_vote" -> driver.complete(user, no, key, Map.of("vote", "AGAINST"));
                    default -> driver.reject(user, no, key);
                }
            }
            default -> approve(driver, user, no, key);
        }
    }

    /**
     * The happy path's decision on a task, through the given node's driver: the defense passed, the vote for, a
     * revision resubmitted, anything else approved.
     */
    public static void approve(CampaignDriver on, String user, String no, String key) {
        switch (key) {
            case "defense_record" -> on.complete(user, no, key, Map.of("defensePassed", true, "comment", "答辩通过"));
            case "expert_vote" -> on.complete(user, no, key, Map.of("vote", "FOR"));
            case "applicant_revise" -> on.complete(user, no, key, Map.of("comment", "已按退回意见修改"));
            default -> on.approve(user, no, key);
        }
    }

    /** The demo user who works the task: its assignee, candidate user, or the first member of its group. */
    public String responsibleUser(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (link.getUserId() != null) {
                return link.getUserId();
            }
            if (link.getGroupId() != null) {
                return identityService.createUserQuery().memberOfGroup(link.getGroupId()).orderByUserId().asc()
                        .listPage(0, 1).get(0).getId();
            }
        }
        throw new AssertionError("nobody works task " + task.getTaskDefinitionKey());
    }

    /**
     * Nothing to do but wait: the next thing to happen to the application is a job of its own, one due
     * now (an asynchronous continuation: the clock moves a second, which runs it) or its earliest timer
     * (a fix window, publicity, the payment deadline, the committee meeting: the clock moves just past
     * it). Without either, half a day.
     */
    private Duration untilNextTimer(String rootInstanceId) {
        if (managementService.createJobQuery().rootProcessInstanceId(rootInstanceId).executable().count() > 0) {
            return Duration.ofSeconds(1);
        }
        Date now = ClockUtil.getCurrentTime();
        List<Job> next = managementService.createJobQuery().rootProcessInstanceId(rootInstanceId).timers()
                .withRetriesLeft().duedateHigherThan(now).orderByJobDuedate().asc().listPage(0, 1);
        if (next.isEmpty()) {
            return Duration.ofHours(12);
        }
        return Duration.between(now.toInstant(), next.get(0).getDuedate().toInstant()).plusSeconds(1);
    }

    /** The application's payment stage waits for the fee (its stage processes carry the application's number). */
    private boolean awaitingPayment(String no) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(no)
                .messageEventSubscriptionName("PaymentReceived").count() > 0;
    }

    /** The application's vote stage waits for a committee meeting. */
    private boolean awaitingMeeting(String no) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(no)
                .messageEventSubscriptionName("CommitteeMeetingOpened").count() > 0;
    }

    /**
     * The committee office holds a meeting for the application as the product's API lets it: creates one today,
     * assigns the application, draws as many experts as the pool allows (an odd number) and opens the vote.
     */
    private void holdMeeting(String no) {
        String voteInstance = runtimeService.createExecutionQuery().processInstanceBusinessKey(no)
                .messageEventSubscriptionName("CommitteeMeetingOpened").list().get(0).getProcessInstanceId();
        String committeeGroup = (String) runtimeService.getVariable(voteInstance, "committeeGroup");
        String level = (String) runtimeService.getVariable(voteInstance, "level");
        String office = identityService.createUserQuery().memberOfGroup(committeeGroup).orderByUserId().asc()
                .listPage(0, 1).get(0).getId();
        driver.holdMeeting(office, committeeGroup.substring("committee".length()), no, level,
                BeijingTime.local(ClockUtil.getCurrentTime().toInstant()).toLocalDate());
    }

    // ------------------------------------------------------------------ the application's history

    /** The application's notice process (the root of its stage processes). */
    public HistoricProcessInstance rootInstance(String applicationNo) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationNo)
                .rootProcessInstances().singleResult();
    }

    /** A variable of the application's notice process as history keeps it; null if it was never set. */
    public Object variable(String applicationNo, String name) {
        return variable(rootInstance(applicationNo), name);
    }

    /**
     * A variable of the application's latest instance of a stage (what the stage keeps to itself, see
     * {@code StageContract}); null if there is none or it was never set.
     */
    public Object stageVariable(String applicationNo, String stageKey, String name) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationNo)
                .processDefinitionKey(stageKey).orderByProcessInstanceStartTime().desc().listPage(0, 1).stream()
                .findFirst().map(stage -> variable(stage, name)).orElse(null);
    }

    /** The keys of every task the application has had, open or done. */
    public Set<String> visitedTasks(String applicationNo) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(applicationNo).list()
                .stream().map(HistoricTaskInstance::getTaskDefinitionKey).collect(Collectors.toSet());
    }

    /** Who completed the application's tasks of these keys (history: the assignee after the claim). */
    public Set<String> workers(String applicationNo, String... taskKeys) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(applicationNo)
                .taskDefinitionKeyIn(taskKeys).finished().list().stream()
                .map(HistoricTaskInstance::getAssignee).collect(Collectors.toSet());
    }

    private String finalStatus(HistoricProcessInstance root) {
        return (String) variable(root, "finalStatus");
    }

    private Object variable(HistoricProcessInstance root, String name) {
        HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(root.getId()).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }
}
