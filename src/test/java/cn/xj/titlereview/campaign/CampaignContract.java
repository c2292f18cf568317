package cn.xj.titlereview.campaign;

import static cn.xj.titlereview.support.CampaignRunner.PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.CampaignRunner.Action;
import cn.xj.titlereview.support.EngineRest;
import org.springframework.context.ApplicationContext;
import cn.xj.titlereview.application.DeclaredStarts;

/**
 * Whole campaigns on the running product, on the simulation clock: every role works its own tasks
 * through engine REST with its own login, deadlines pass by moving the clock, payments and
 * withdrawals arrive as messages (the {@link CampaignRunner}; a test names the tasks it does not
 * approve). One application to APPROVED per notice and one to each other final status; each of the
 * three paths of issue #6 to every final status it can reach: the Hejing initial determination,
 * direct recognition on both notices that grant it (non-ferrous 2021, Hami 2023), and a Hami
 * application delegated to the autonomous-region non-ferrous committee. Run on H2
 * ({@link CampaignH2Test}) and MariaDB ({@link CampaignMariaDbIT}).
 */
abstract class CampaignContract {

    static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final java.time.Duration ONE_WEEK = java.time.Duration.ofDays(7);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    CampaignRunner bot;
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
            "农业系列", "农业", "650500001", "sbhm01", "2023-09-12T09:00");
    static final Scenario HEJING = new Scenario("notice-2024-hejing-initial-junior", Level.ASSISTANT,
            "工程系列", "建筑", "652827001", "sbhj01", "2024-10-09T09:00");

    /** A notice's 直接认定 path: the applicant's current title, who recognises, the certificate number's prefix. */
    record DirectPath(String name, Scenario scenario, Level currentLevel, String bureauUser, String certificatePrefix) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Non-ferrous 2021: 工程师 of an autonomous-region unit to 高级工程师; the notice's bureau recognises. */
    static final DirectPath DIRECT_NONFERROUS = new DirectPath("direct recognition, non-ferrous 2021", NONFERROUS,
            Level.INTERMEDIATE, "hrbxj01", "65000020212");
    /** Hami 2023: 助理农艺师 of a Hami unit to 农艺师; the Hami bureau recognises. */
    static final DirectPath DIRECT_HAMI = new DirectPath("direct recognition, Hami 2023", HAMI, Level.ASSISTANT,
            "hrbhm01", "65050020233");
    /** A Hami application in a specialty Hami does not evaluate, delegated to the autonomous-region committee. */
    static final Scenario HAMI_DELEGATED = new Scenario("notice-2023-hami-all-series", Level.INTERMEDIATE,
            "工程系列", "有色金属", "650500001", "sbhm01", "2023-09-12T09:00");
    static final String REGION_NONFERROUS_COMMITTEE = "650201";

    @BeforeEach
    void campaignBot() {
        bot = new CampaignRunner(rest, engine);
        driver = bot.driver();
    }

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
        assertThat(bot.run(no, Map.of(), "expert_vote")).as("stops at the vote").isNull();
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
        assertThat(bot.runToEnd(no)).isEqualTo("APPROVED");
        assertThat(bot.visitedTasks(no)).contains("unit_review", "competent_recommend", "hr_confirm")
                .doesNotContain("committee_intake", "expert_vote", "defense_record");
    }

    // ------------------------------------------------------------------ every other final status

    @Test
    void unitRejectionEndsRejected() {
        String no = start(HAMI);
        assertThat(bot.runToEnd(no, Map.of("unit_review", Action.REJECT))).isEqualTo("REJECTED");
    }

    @Test
    void committeeRejectionEndsNotAccepted() {
        String no = start(SENIOR);
        assertThat(bot.runToEnd(no, Map.of("committee_intake", Action.REJECT))).isEqualTo("NOT_ACCEPTED");
    }

    @Test
    void returnsBeyondTheSubmissionLimitEndNotAccepted() {
        String no = start(NONFERROUS);
        assertThat(bot.runToEnd(no, Map.of("committee_intake", Action.RETURN))).isEqualTo("NOT_ACCEPTED");
        assertThat(count(no, "applicant_revise")).isEqualTo(2);
    }

    // ------------------------------------------------------------------ the simulation clock replays real time

    /**
     * One request per simulated week, across every timer inside it: the same path to the same end
     * as moves timer by timer, every timer run at its own due date, every asynchronous step when it
     * was created, no job failed.
     */
    @Test
    void aCampaignMovedOneWeekAtATimeEndsAsTheOneMovedTimerByTimerWithEveryJobOnTime() {
        String stepByStep = start(SENIOR);
        String statusStepByStep = bot.runToEnd(stepByStep);
        String weekly = start(SENIOR);
        String statusWeekly = new CampaignRunner(rest, engine).waitingInSteps(ONE_WEEK).runToEnd(weekly);

        assertThat(statusWeekly).isEqualTo(statusStepByStep).isEqualTo("APPROVED");
        assertThat(taskKeys(weekly)).isEqualTo(taskKeys(stepByStep));
        assertEveryJobRanWhenRealTimeWould(stepByStep);
        assertEveryJobRanWhenRealTimeWould(weekly);
    }

    @Test
    void anUnpaidFeeMovedOneWeekAtATimeEndsAtThePaymentDeadlineNotAtTheEndOfTheWeek() {
        String no = start(AKESU);

        String status = new CampaignRunner(rest, engine).waitingInSteps(ONE_WEEK)
                .runToEnd(no, Map.of(PAYMENT, Action.WAIT));

        assertThat(status).isEqualTo("UNPAID");
        List<HistoricJobLog> deadline = jobLogs(no).stream()
                .filter(log -> "timer_payment_deadline".equals(log.getActivityId()) && log.isSuccessLog()).toList();
        assertThat(deadline).hasSize(1);
        Instant due = deadline.get(0).getJobDueDate().toInstant();
        // Akesu: the fee by 2024-09-15 (Beijing), the deadline at the end of that day
        assertThat(due).isBetween(Instant.parse("2024-09-15T15:59:59Z"), Instant.parse("2024-09-15T16:00:00Z"));
        assertThat(endedAt(no)).isEqualTo(due);
        assertEveryJobRanWhenRealTimeWould(no);
    }

    private void assertEveryJobRanWhenRealTimeWould(String no) {
        List<HistoricJobLog> logs = jobLogs(no);
        assertThat(logs.stream().filter(HistoricJobLog::isFailureLog).map(HistoricJobLog::getJobExceptionMessage))
                .as("failed jobs of %s", no).isEmpty();
        List<HistoricJobLog> succeeded = logs.stream().filter(HistoricJobLog::isSuccessLog).toList();
        assertThat(succeeded.stream().filter(log -> log.getJobDefinitionType().startsWith("timer")))
                .as("timers of %s", no).isNotEmpty()
                .allSatisfy(log -> assertThat(log.getTimestamp())
                        .as("timer %s ran at its due date", log.getActivityId()).isEqualTo(log.getJobDueDate()));
        assertThat(succeeded.stream().filter(log -> !log.getJobDefinitionType().startsWith("timer")))
                .as("asynchronous steps of %s", no).isNotEmpty()
                .allSatisfy(log -> assertThat(log.getTimestamp())
                        .as("asynchronous step %s ran when it was created", log.getActivityId())
                        .isEqualTo(logs.stream().filter(l -> l.isCreationLog() && log.getJobId().equals(l.getJobId()))
                                .findFirst().orElseThrow().getTimestamp()));
    }

    /** The job log of the application's notice process and every stage process under it. */
    private List<HistoricJobLog> jobLogs(String no) {
        return historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(bot.rootInstance(no).getId())
                .list().stream()
                .flatMap(instance -> historyService.createHistoricJobLogQuery().processInstanceId(instance.getId())
                        .orderPartiallyByOccurrence().asc().list().stream())
                .toList();
    }

    private List<String> taskKeys(String no) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no)
                .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .map(HistoricTaskInstance::getTaskDefinitionKey).toList();
    }

    @Test
    void aRevisionNotMadeWithinTheFixWindowEndsAbandoned() {
        String no = start(SENIOR);
        assertThat(bot.runToEnd(no, Map.of("committee_intake", Action.RETURN, "applicant_revise", Action.WAIT)))
                .isEqualTo("ABANDONED");
    }

    @Test
    void akesuApplicationNotAtTheCommitteeByTheDeclarationCloseEndsAbandoned() {
        String no = start(AKESU);
        assertThat(bot.runToEnd(no, Map.of("unit_review", Action.WAIT))).isEqualTo("ABANDONED");
        assertThat(endedAt(no)).isAfterOrEqualTo(Instant.parse("2024-08-30T10:00:00Z"));
    }

    @Test
    void anUnpaidFeeEndsUnpaidAtThePaymentDeadline() {
        String no = start(AKESU);
        assertThat(bot.runToEnd(no, Map.of(PAYMENT, Action.WAIT))).isEqualTo("UNPAID");
        assertThat(endedAt(no)).isAfterOrEqualTo(Instant.parse("2024-09-15T15:59:59Z"));
    }

    @Test
    void aFailedDefenseEndsRejected() {
        String no = start(AKESU);
        assertThat(bot.runToEnd(no, Map.of("defense_record", Action.REJECT))).isEqualTo("REJECTED");
    }

    @Test
    void theCommitteeVotingAgainstEndsRejected() {
        String no = start(HAMI);
        assertThat(bot.runToEnd(no, Map.of("expert_vote", Action.REJECT))).isEqualTo("REJECTED");
    }

    @Test
    void anApplicantWithdrawsBeforeTheVote() {
        String no = start(NONFERROUS);
        assertThat(bot.runToEnd(no, Map.of("committee_intake", Action.WITHDRAW))).isEqualTo("WITHDRAWN");
    }

    // ------------------------------------------------------------------ initial determination (初定, Hejing)

    /** Every end of the Hejing initial determination but APPROVED (above) and INELIGIBLE (a declaration's pre-check). */
    static Stream<Arguments> hejingEnds() {
        return Stream.of(
                arguments("the unit refusing to recommend ends REJECTED", Map.of("unit_review", Action.REJECT),
                        "REJECTED", 0),
                arguments("the county bureau refusing to confirm ends REJECTED", Map.of("hr_confirm", Action.REJECT),
                        "REJECTED", 0),
                arguments("the unit returning the third submission ends NOT_ACCEPTED",
                        Map.of("unit_review", Action.RETURN), "NOT_ACCEPTED", 2),
                arguments("a return not fixed within 48 hours ends ABANDONED",
                        Map.of("unit_review", Action.RETURN, "applicant_revise", Action.WAIT), "ABANDONED", 1),
                arguments("withdrawal before the county confirmation ends WITHDRAWN",
                        Map.of("competent_recommend", Action.WITHDRAW), "WITHDRAWN", 0));
    }

    @ParameterizedTest(name = "Hejing: {0}")
    @MethodSource("hejingEnds")
    void hejingInitialDeterminationEndsWithTheStatusOfTheStepThatStopsIt(String behaviour, Map<String, Action> overrides,
                                                                        String status, int revisions) {
        String no = start(HEJING);

        assertThat(bot.runToEnd(no, overrides)).isEqualTo(status);
        assertThat(count(no, "applicant_revise")).as("revisions").isEqualTo(revisions);
        assertThat(bot.visitedTasks(no)).doesNotContain("committee_intake", "expert_vote");
        if (!overrides.containsKey("hr_confirm")) {
            assertThat(bot.visitedTasks(no)).as("the county bureau never sees it").doesNotContain("hr_confirm");
        }
    }

    // ------------------------------------------------------------------ direct recognition (直接认定)

    static Stream<DirectPath> directRecognitionPaths() {
        return Stream.of(DIRECT_NONFERROUS, DIRECT_HAMI);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directRecognitionPaths")
    void directRecognitionIsGrantedByTheBureauOfTheUnitsPrefectureWithoutACommittee(DirectPath path) {
        String no = startDirectRecognition(path, 3, 3);

        assertThat(bot.runToEnd(no)).isEqualTo("APPROVED");
        assertThat(bot.variable(no, "certificateNo")).asString().matches(path.certificatePrefix() + "\\d{6}");
        assertThat(bot.workers(no, "hr_confirm")).containsOnly(path.bureauUser());
        assertThat(bot.visitedTasks(no)).contains("unit_review", "competent_recommend", "hr_confirm")
                .doesNotContain("committee_intake", "expert_vote", "defense_record");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("directRecognitionPaths")
    void directRecognitionWithoutThreeExcellentYearsEndsIneligibleAtOnce(DirectPath path) {
        String no = startDirectRecognition(path, 3, 2);

        assertThat(bot.runToEnd(no)).isEqualTo("INELIGIBLE");
        assertThat(bot.variable(no, "eligibilityReasons")).asString().contains("连续优秀2年");
        assertThat(bot.visitedTasks(no)).isEmpty();
    }

    /** Every other end a direct recognition can reach, on each notice that grants it. */
    static Stream<Arguments> directRecognitionEnds() {
        return directRecognitionPaths().flatMap(path -> Stream.of(
                arguments(path, "the unit refusing to recommend ends REJECTED", Map.of("unit_review", Action.REJECT),
                        "REJECTED", 0),
                arguments(path, "the bureau refusing the recognition ends REJECTED", Map.of("hr_confirm", Action.REJECT),
                        "REJECTED", 0),
                arguments(path, "the unit returning the third submission ends NOT_ACCEPTED",
                        Map.of("unit_review", Action.RETURN), "NOT_ACCEPTED", 2),
                arguments(path, "a unit return not fixed within the fix window ends ABANDONED",
                        Map.of("unit_review", Action.RETURN, "applicant_revise", Action.WAIT), "ABANDONED", 1),
                arguments(path, "withdrawal before the recognition ends WITHDRAWN",
                        Map.of("competent_recommend", Action.WITHDRAW), "WITHDRAWN", 0)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("directRecognitionEnds")
    void directRecognitionEndsWithTheStatusOfTheStepThatStopsIt(DirectPath path, String behaviour,
                                                                Map<String, Action> overrides, String status,
                                                                int revisions) {
        String no = startDirectRecognition(path, 3, 3);

        assertThat(bot.runToEnd(no, overrides)).isEqualTo(status);
        assertThat(count(no, "applicant_revise")).as("revisions").isEqualTo(revisions);
        assertThat(bot.rootInstance(no).getProcessDefinitionKey()).isEqualTo(path.scenario().noticeId() + "-direct-recognition");
        if (overrides.containsKey("hr_confirm")) {
            assertThat(bot.workers(no, "hr_confirm")).containsOnly(path.bureauUser());
        } else {
            assertThat(bot.visitedTasks(no)).as("the bureau never sees it").doesNotContain("hr_confirm");
        }
    }

    // ------------------------------------------------------------------ delegated evaluation (委托评审)

    @Test
    void delegatedApplicationIsWorkedByTheDelegatedCommitteeOnly() {
        String no = start(HAMI_DELEGATED, new EvaluationDelegation(REGION_NONFERROUS_COMMITTEE, "ATT-HM-0001"));

        assertThat(bot.run(no, Map.of(), "committee_intake")).isNull();
        assertThat(driver.tasks("pwhm01", no)).as("Hami's own committee office").isEmpty();
        Map<String, Object> intake = driver.tasks("pwys01", no).get(0);
        assertThat(intake.get("taskDefinitionKey")).isEqualTo("committee_intake");
        assertThat(driver.variables("pwys01", (String) intake.get("id"))).containsEntry("delegatedEvaluation", true)
                .containsEntry("delegationNote", "委托评审：由自治区工程系列有色金属专业评审委员会评审（委托评审函已上传）");

        assertThat(bot.runToEnd(no)).isEqualTo("APPROVED");
        assertThat(bot.workers(no, "committee_intake", "committee_paper_received")).containsOnly("pwys01");
        assertThat(bot.workers(no, "expert_vote")).isNotEmpty().allMatch(expert -> expert.startsWith("zjys"));
        assertOnlyTheDelegatedCommitteeWasInvolved(no);
    }

    /**
     * Every other end a delegated application can reach. The Hami notice has nobody defend (defense
     * table), so a failed defense cannot end it; the committee's vote against does.
     */
    static Stream<Arguments> delegatedEnds() {
        return Stream.of(
                arguments("the delegated committee's experts voting against ends REJECTED",
                        Map.of("expert_vote", Action.REJECT), "REJECTED", 0),
                arguments("the delegated office returning the third submission ends NOT_ACCEPTED",
                        Map.of("committee_intake", Action.RETURN), "NOT_ACCEPTED", 2),
                arguments("a return by the delegated office not fixed in time ends ABANDONED",
                        Map.of("committee_intake", Action.RETURN, "applicant_revise", Action.WAIT), "ABANDONED", 1),
                arguments("the fee unpaid at the payment deadline ends UNPAID", Map.of(PAYMENT, Action.WAIT), "UNPAID", 0),
                arguments("withdrawal once the delegated office has accepted it ends WITHDRAWN",
                        Map.of("committee_paper_received", Action.WITHDRAW), "WITHDRAWN", 0));
    }

    @ParameterizedTest(name = "delegated Hami → 650201: {0}")
    @MethodSource("delegatedEnds")
    void delegatedApplicationEndsWithTheDelegatedCommitteeDoingTheCommitteesWork(String behaviour,
                                                                                 Map<String, Action> overrides,
                                                                                 String status, int revisions) {
        String no = start(HAMI_DELEGATED, new EvaluationDelegation(REGION_NONFERROUS_COMMITTEE, "ATT-HM-0002"));

        assertThat(bot.runToEnd(no, overrides)).isEqualTo(status);
        assertThat(count(no, "applicant_revise")).as("revisions").isEqualTo(revisions);
        assertThat(bot.workers(no, "committee_intake")).containsOnly("pwys01");
        assertThat(bot.workers(no, "expert_vote")).allMatch(expert -> expert.startsWith("zjys"));
        assertThat(bot.visitedTasks(no)).doesNotContain("defense_record");
        assertOnlyTheDelegatedCommitteeWasInvolved(no);
    }

    /**
     * No task of the application was ever offered to Hami's own committee (office {@code pwhm01} or its
     * experts), and the committee's tasks went to the delegated committee's groups only.
     */
    void assertOnlyTheDelegatedCommitteeWasInvolved(String no) {
        Set<String> taskIds = historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no).list()
                .stream().map(HistoricTaskInstance::getId).collect(Collectors.toSet());
        List<HistoricIdentityLinkLog> links = new ArrayList<>();
        for (String id : taskIds) {
            links.addAll(historyService.createHistoricIdentityLinkLogQuery().taskId(id).list());
        }
        assertThat(links).extracting(HistoricIdentityLinkLog::getGroupId).filteredOn(Objects::nonNull)
                .contains("committee650201").doesNotContain("committee650501", "expert650501");
        assertThat(links).extracting(HistoricIdentityLinkLog::getUserId).filteredOn(Objects::nonNull)
                .noneMatch(user -> user.equals("pwhm01") || user.startsWith("zjhm"));
    }

    // ------------------------------------------------------------------ starting applications, reading their history

    String start(Scenario scenario) {
        return start(application(scenario));
    }

    String start(Scenario scenario, EvaluationDelegation delegation) {
        return start(application(scenario).withDelegation(delegation));
    }

    /** The next level above the current title by direct recognition, never on an exam-filled specialty. */
    String startDirectRecognition(DirectPath path, int villageWorkYears, int excellentYears) {
        return start(application(path.scenario()).withDirectRecognition(
                new DirectRecognitionFacts(path.currentLevel(), villageWorkYears, excellentYears, false)));
    }

    private ApplicationProcessStart application(Scenario scenario) {
        driver.clockTo(scenario.startsAt());
        String no = "E2E" + scenario.noticeId().substring(7, 11) + "-" + System.nanoTime() % 1_000_000
                + SEQUENCE.incrementAndGet();
        return new ApplicationProcessStart(no, scenario.noticeId(), scenario.level(), scenario.series(),
                scenario.specialty(), scenario.unitCode(), scenario.applicant(), ApplicationFacts.none());
    }

    private String start(ApplicationProcessStart application) {
        DeclaredStarts.in(context).start(application);
        return application.applicationNo();
    }

    void assertApproved(Scenario scenario) {
        String no = start(scenario);
        assertThat(bot.runToEnd(no)).isEqualTo("APPROVED");
        assertThat(bot.variable(no, "certificateNo")).asString().matches("\\d{17}");
        assertThat(bot.visitedTasks(no)).contains("unit_review", "competent_recommend", "committee_intake",
                "expert_vote", "hr_confirm");
    }

    Instant endedAt(String no) {
        return bot.rootInstance(no).getEndTime().toInstant();
    }

    long count(String no, String taskKey) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no)
                .taskDefinitionKey(taskKey).count();
    }
}
