package cn.xj.titlereview.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.EngineRest;

/**
 * Whole campaigns on the running product, on the simulation clock: every role works its own tasks
 * through engine REST with its own login, deadlines pass by moving the clock, payments and
 * withdrawals arrive as messages. One application to APPROVED per notice and one to each other
 * final status; the direct-recognition path of the non-ferrous notice to each of its ends; a Hami
 * application delegated to the autonomous-region committee. Run on H2 ({@link CampaignH2Test}) and
 * MariaDB ({@link CampaignMariaDbIT}).
 */
abstract class CampaignContract {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;

    CampaignDriver driver;

    /** One notice, one level, and where its campaign starts on the clock (Beijing time). */
    record Scenario(String noticeId, Level level, String series, String specialty, String unitCode,
                    String applicant, String startsAt) {
    }

    static final Scenario SENIOR = new Scenario("notice-2024-xj-senior-five-series", Level.SENIOR_FULL,
            "工程系列", "有色金属", "650100001", "sbxj01", "2024-09-02T09:00");
    static final Scenario NONFERROUS = new Scenario("notice-2021-xj-nonferrous", Level.SENIOR_DEPUTY,
            "工程系列", "有色金属", "650100001", "sbys01", "2021-09-01T09:00");
    static final Scenario AKESU = new Scenario("notice-2024-akesu-coal", Level.SENIOR_DEPUTY,
            "工程系列", "煤炭", "652900001", "sbaks01", "2024-08-01T09:00");
    static final Scenario HAMI = new Scenario("notice-2023-hami-all-series", Level.INTERMEDIATE,
            "农业系列", "农学", "650500001", "sbhm01", "2023-09-12T09:00");
    static final Scenario HEJING = new Scenario("notice-2024-hejing-initial-junior", Level.ASSISTANT,
            "中小学教师", "语文", "652827001", "sbhj01", "2024-10-09T09:00");

    /** 直接认定 on the non-ferrous notice: 工程师 for three years of village work, all rated 优秀, to 高级工程师. */
    static final Scenario DIRECT = new Scenario("notice-2021-xj-nonferrous", Level.SENIOR_DEPUTY,
            "工程系列", "有色金属", "650100001", "sbys01", "2021-09-01T09:00");
    /** A Hami application in a specialty Hami does not evaluate, delegated to the autonomous-region committee. */
    static final Scenario HAMI_DELEGATED = new Scenario("notice-2023-hami-all-series", Level.INTERMEDIATE,
            "工程系列", "有色金属", "650500001", "sbhm01", "2023-09-12T09:00");
    static final String REGION_NONFERROUS_COMMITTEE = "650201";

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ APPROVED, per notice

    @Test
    void seniorFiveSeriesApplicationIsApprovedWithACertificateNumber() {
        assertApproved(SENIOR);
    }

    @Test
    void nonferrousApplicationIsApproved() {
        assertApproved(NONFERROUS);
    }

    @Test
    void akesuCoalApplicationIsApproved() {
        assertApproved(AKESU);
    }

    @Test
    void expertsVoteOnTheBlindViewWithoutTheApplicantsLogin() {
        String no = start(AKESU);
        assertThat(run(no, Map.of(), "expert_vote")).as("stops at the vote").isNull();
        Task vote = taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("expert_vote")
                .list().get(0);

        ResponseEntity<Map> variables = EngineRest.get(rest, vote.getAssignee(), CampaignDriver.PASSWORD,
                "/engine-rest/task/" + vote.getId() + "/variables", Map.class);

        assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(variables.getBody()).containsKeys("applicationNo", "level", "specialty")
                .doesNotContainKeys("applicantUserId", "unitGroup", "competentGroup");
        assertThat(String.valueOf(variables.getBody())).doesNotContain(AKESU.applicant());
    }

    @Test
    void hamiApplicationIsApproved() {
        assertApproved(HAMI);
    }

    @Test
    void hejingInitialDeterminationIsConfirmedByTheCountyBureau() {
        String no = start(HEJING);
        assertThat(runToEnd(no, Map.of())).isEqualTo("APPROVED");
        assertThat(visitedTasks(no)).contains("unit_review", "competent_recommend", "hr_confirm")
                .doesNotContain("committee_intake", "expert_vote", "defense_record");
    }

    // ------------------------------------------------------------------ every other final status

    @Test
    void unitRejectionEndsRejected() {
        String no = start(HAMI);
        assertThat(runToEnd(no, Map.of("unit_review", Action.REJECT))).isEqualTo("REJECTED");
    }

    @Test
    void committeeRejectionEndsNotAccepted() {
        String no = start(SENIOR);
        assertThat(runToEnd(no, Map.of("committee_intake", Action.REJECT))).isEqualTo("NOT_ACCEPTED");
    }

    @Test
    void returnsBeyondTheSubmissionLimitEndNotAccepted() {
        String no = start(NONFERROUS);
        assertThat(runToEnd(no, Map.of("committee_intake", Action.RETURN))).isEqualTo("NOT_ACCEPTED");
        assertThat(count(no, "applicant_revise")).isEqualTo(2);
    }

    @Test
    void aRevisionNotMadeWithinTheFixWindowEndsAbandoned() {
        String no = start(SENIOR);
        assertThat(runToEnd(no, Map.of("committee_intake", Action.RETURN, "applicant_revise", Action.WAIT)))
                .isEqualTo("ABANDONED");
    }

    @Test
    void akesuApplicationNotAtTheCommitteeByTheDeclarationCloseEndsAbandoned() {
        String no = start(AKESU);
        assertThat(runToEnd(no, Map.of("unit_review", Action.WAIT))).isEqualTo("ABANDONED");
        assertThat(endedAt(no)).isAfterOrEqualTo(Instant.parse("2024-08-30T10:00:00Z"));
    }

    @Test
    void anUnpaidFeeEndsUnpaidAtThePaymentDeadline() {
        String no = start(AKESU);
        assertThat(runToEnd(no, Map.of(PAYMENT, Action.WAIT))).isEqualTo("UNPAID");
        assertThat(endedAt(no)).isAfterOrEqualTo(Instant.parse("2024-09-15T15:59:59Z"));
    }

    @Test
    void aFailedDefenseEndsRejected() {
        String no = start(AKESU);
        assertThat(runToEnd(no, Map.of("defense_record", Action.REJECT))).isEqualTo("REJECTED");
    }

    @Test
    void theCommitteeVotingAgainstEndsRejected() {
        String no = start(HAMI);
        assertThat(runToEnd(no, Map.of("expert_vote", Action.REJECT))).isEqualTo("REJECTED");
    }

    @Test
    void anApplicantWithdrawsBeforeTheVote() {
        String no = start(NONFERROUS);
        assertThat(runToEnd(no, Map.of("committee_intake", Action.WITHDRAW))).isEqualTo("WITHDRAWN");
    }

    @Test
    void hejingApplicantNotFixingWithin48HoursIsAbandoned() {
        String no = start(HEJING);
        assertThat(runToEnd(no, Map.of("unit_review", Action.RETURN, "applicant_revise", Action.WAIT)))
                .isEqualTo("ABANDONED");
        assertThat(count(no, "applicant_revise")).isEqualTo(1);
    }

    @Test
    void hejingApplicantWithdrawsBeforeTheCountyConfirmation() {
        String no = start(HEJING);
        assertThat(runToEnd(no, Map.of("competent_recommend", Action.WITHDRAW))).isEqualTo("WITHDRAWN");
        assertThat(visitedTasks(no)).doesNotContain("hr_confirm");
    }

    @Test
    void hrBureauRefusalEndsRejected() {
        String no = start(HEJING);
        assertThat(runToEnd(no, Map.of("hr_confirm", Action.REJECT))).isEqualTo("REJECTED");
    }

    // ------------------------------------------------------------------ direct recognition (直接认定)

    @Test
    void directRecognitionIsGrantedByTheHrBureauWithoutACommittee() {
        String no = startDirectRecognition(3, 3);
        assertThat(runToEnd(no, Map.of())).isEqualTo("APPROVED");
        assertThat(variable(no, "certificateNo")).asString().matches("65000020212\\d{6}");
        assertThat(visitedTasks(no)).contains("unit_review", "competent_recommend", "hr_confirm")
                .doesNotContain("committee_intake", "expert_vote", "defense_record");
    }

    @Test
    void directRecognitionWithoutThreeExcellentYearsEndsIneligibleAtOnce() {
        String no = startDirectRecognition(3, 2);
        assertThat(runToEnd(no, Map.of())).isEqualTo("INELIGIBLE");
        assertThat(variable(no, "eligibilityReasons")).asString().contains("连续优秀2年");
        assertThat(visitedTasks(no)).isEmpty();
    }

    @Test
    void directRecognitionWithdrawnBeforeTheRecognition() {
        String no = startDirectRecognition(4, 3);
        assertThat(runToEnd(no, Map.of("competent_recommend", Action.WITHDRAW))).isEqualTo("WITHDRAWN");
    }

    @Test
    void directRecognitionRefusedByTheHrBureauEndsRejected() {
        String no = startDirectRecognition(3, 3);
        assertThat(runToEnd(no, Map.of("hr_confirm", Action.REJECT))).isEqualTo("REJECTED");
    }

    // ------------------------------------------------------------------ delegated evaluation (委托评审)

    @Test
    void delegatedApplicationIsWorkedByTheDelegatedCommitteeOnly() {
        String no = start(HAMI_DELEGATED, new EvaluationDelegation(REGION_NONFERROUS_COMMITTEE, "ATT-HM-0001"));

        assertThat(run(no, Map.of(), "committee_intake")).isNull();
        assertThat(driver.tasks("pwhm01", no)).as("Hami's own committee office").isEmpty();
        Map<String, Object> intake = driver.tasks("pwys01", no).get(0);
        assertThat(intake.get("taskDefinitionKey")).isEqualTo("committee_intake");
        assertThat(driver.variables("pwys01", (String) intake.get("id"))).containsEntry("delegatedEvaluation", true)
                .containsEntry("delegationNote", "委托评审：由自治区工程系列有色金属专业评审委员会评审（委托评审函已上传）");

        assertThat(runToEnd(no, Map.of())).isEqualTo("APPROVED");
        assertThat(workers(no, "committee_intake", "committee_paper_received")).containsOnly("pwys01");
        assertThat(workers(no, "expert_vote")).isNotEmpty().allMatch(expert -> expert.startsWith("zjys"));
    }

    // ------------------------------------------------------------------ the campaign bot

    static final String PAYMENT = "payment";

    enum Action { APPROVE, RETURN, REJECT, WAIT, WITHDRAW }

    String start(Scenario scenario) {
        return start(application(scenario));
    }

    String start(Scenario scenario, EvaluationDelegation delegation) {
        return start(application(scenario).withDelegation(delegation));
    }

    /** 工程师 (中级) to 高级工程师 by direct recognition, never on an exam-filled specialty. */
    String startDirectRecognition(int villageWorkYears, int excellentYears) {
        return start(application(DIRECT).withDirectRecognition(
                new DirectRecognitionFacts(Level.INTERMEDIATE, villageWorkYears, excellentYears, false)));
    }

    private ApplicationProcessStart application(Scenario scenario) {
        driver = new CampaignDriver(rest);
        driver.clockTo(scenario.startsAt());
        String no = "E2E" + scenario.noticeId().substring(7, 11) + "-" + System.nanoTime() % 1_000_000
                + SEQUENCE.incrementAndGet();
        return new ApplicationProcessStart(no, scenario.noticeId(), scenario.level(), scenario.series(),
                scenario.specialty(), scenario.unitCode(), scenario.applicant(), ApplicationFacts.none());
    }

    private String start(ApplicationProcessStart application) {
        campaigns.start(application);
        return application.applicationNo();
    }

    void assertApproved(Scenario scenario) {
        String no = start(scenario);
        assertThat(runToEnd(no, Map.of())).isEqualTo("APPROVED");
        assertThat(variable(no, "certificateNo")).asString().matches("\\d{17}");
        assertThat(visitedTasks(no)).contains("unit_review", "competent_recommend", "committee_intake",
                "expert_vote", "hr_confirm");
    }

    /**
     * Works every open task as its responsible demo user would (default: approve, pass, vote for),
     * pays when the fee is due, and otherwise lets a day pass; until the notice process ends.
     */
    String runToEnd(String no, Map<String, Action> overrides) {
        return run(no, overrides, null);
    }

    /** As {@link #runToEnd}, but stops (returning null) as soon as a task of key {@code stopAt} is open. */
    String run(String no, Map<String, Action> overrides, String stopAt) {
        for (int step = 0; step < 400; step++) {
            if (rootInstance(no).getEndTime() != null) {
                return (String) variable(no, "finalStatus");
            }
            List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(no)
                    .orderByTaskCreateTime().asc().list();
            if (tasks.stream().anyMatch(t -> t.getTaskDefinitionKey().equals(stopAt))) {
                return null;
            }
            Task task = tasks.stream().filter(t -> !"committee_meeting_close".equals(t.getTaskDefinitionKey()))
                    .filter(t -> overrides.get(t.getTaskDefinitionKey()) != Action.WAIT).findFirst().orElse(null);
            if (task != null) {
                work(no, task, overrides.getOrDefault(task.getTaskDefinitionKey(), Action.APPROVE));
            } else if (awaitingPayment(no) && overrides.get(PAYMENT) != Action.WAIT) {
                driver.message("PaymentReceived", no);
            } else {
                driver.advance(Duration.ofHours(12));
            }
        }
        throw new AssertionError("campaign of " + no + " did not end");
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
            default -> {
                switch (key) {
                    case "defense_record" -> driver.complete(user, no, key, Map.of("defensePassed", true, "comment", "答辩通过"));
                    case "expert_vote" -> driver.complete(user, no, key, Map.of("vote", "FOR"));
                    case "applicant_revise" -> driver.complete(user, no, key, Map.of("comment", "已按退回意见修改"));
                    default -> driver.approve(user, no, key);
                }
            }
        }
    }

    /** The demo user who works the task: its assignee, candidate user, or the first member of its group. */
    private String responsibleUser(Task task) {
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

    private boolean awaitingPayment(String no) {
        return runtimeService.createEventSubscriptionQuery().eventName("PaymentReceived").list().stream()
                .anyMatch(s -> no.equals(runtimeService.createProcessInstanceQuery()
                        .processInstanceId(runtimeService.createExecutionQuery().executionId(s.getExecutionId())
                                .singleResult().getProcessInstanceId()).singleResult().getBusinessKey()));
    }

    HistoricProcessInstance rootInstance(String no) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no)
                .rootProcessInstances().singleResult();
    }

    Object variable(String no, String name) {
        HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(rootInstance(no).getId()).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    Instant endedAt(String no) {
        Date end = rootInstance(no).getEndTime();
        return end.toInstant();
    }

    Set<String> visitedTasks(String no) {
        Map<String, Integer> seen = new HashMap<>();
        historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no).list()
                .forEach(t -> seen.merge(t.getTaskDefinitionKey(), 1, Integer::sum));
        return seen.keySet();
    }

    /** Who completed the application's tasks of these keys (history: the assignee after the claim). */
    Set<String> workers(String no, String... taskKeys) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no)
                .taskDefinitionKeyIn(taskKeys).finished().list().stream()
                .map(HistoricTaskInstance::getAssignee).collect(Collectors.toSet());
    }

    long count(String no, String taskKey) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no)
                .taskDefinitionKey(taskKey).count();
    }
}
