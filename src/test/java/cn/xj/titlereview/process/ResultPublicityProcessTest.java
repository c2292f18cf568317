package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.EngineTestJobs.executeDueJobs;
import static cn.xj.titlereview.process.ProcessScopeVariables.processVariable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.xj.titlereview.publicity.StartResultPublicityDelegate;

@Deployment(resources = {ResultPublicityProcess.RESOURCE, "processes/forms/result-objection-review.form"})
class ResultPublicityProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension ext = ProcessEngineCoverageExtension.builder()
            .excludeProcessDefinitionKeys(StageCaller.KEY)
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final String APPLICATION_NO = "HM2023000007";
    private static final String COMMITTEE_GROUP = "committee650201";
    private static final Date MEETING_DONE = Date.from(OffsetDateTime.parse("2023-12-01T10:00:00+08:00").toInstant());

    ProcessEngine engine;
    private String callerDeployment;

    @BeforeEach
    void setUp() {
        init(engine);
        SharedStageMocks.register();
        callerDeployment = StageCaller.deploy(engine);
        Mocks.register("startResultPublicityDelegate", new StartResultPublicityDelegate());
        Mocks.register("workdays", new CalendarDaysWorkdays());
        ClockUtil.setCurrentTime(MEETING_DONE);
    }

    @AfterEach
    void tearDown() {
        StageCaller.undeploy(engine, callerDeployment);
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void continuesWhenPublicityEndsWithoutObjection() {
        ProcessInstance stage = start(5);

        assertThat(stage).isWaitingAt(ResultPublicityProcess.TIMER_RESULT_PUBLICITY_END);
        assertThat(stage).variables().containsEntry("resultPublicityStartedAt", MEETING_DONE)
                .containsEntry("resultPublicityWorkingDays", 5);
        assertThat(engine.getManagementService().createJobQuery().timers().singleResult().getDuedate())
                .isEqualTo(after(Duration.ofDays(5)));

        moveClockTo(after(Duration.ofDays(5).minusMinutes(1)));
        assertThat(stage).isWaitingAt(ResultPublicityProcess.TIMER_RESULT_PUBLICITY_END);

        moveClockTo(after(Duration.ofDays(5)));
        assertThat(stage).isEnded().hasPassed(ResultPublicityProcess.END_PUBLICITY_PASSED);
        assertThat(processVariable(engine, stage, "stageOutcome")).isEqualTo("CONTINUE");
    }

    @Test
    void aDismissedObjectionLetsPublicityRunToItsEnd() {
        ProcessInstance stage = start(5);
        moveClockTo(after(Duration.ofDays(2)));

        raiseObjection();
        Task review = review(stage);
        assertThat(review).hasCandidateGroup(COMMITTEE_GROUP);
        assertThat(review.getCamundaFormRef().getKey()).isEqualTo(ResultPublicityProcess.FORM_RESULT_OBJECTION_REVIEW);
        assertThat(engine.getFormService().getDeployedTaskForm(review.getId())).isNotNull();
        assertThat(engine.getTaskService().getVariable(review.getId(), "decision")).isNull();

        engine.getTaskService().complete(review.getId(), Map.of("decision", "APPROVE", "comment", "经核查，异议不成立"));

        assertThat(stage).isWaitingAt(ResultPublicityProcess.TIMER_RESULT_PUBLICITY_END)
                .hasPassed(ResultPublicityProcess.END_OBJECTION_DISMISSED);
        moveClockTo(after(Duration.ofDays(5)));
        assertThat(stage).isEnded().hasPassed(ResultPublicityProcess.END_PUBLICITY_PASSED);
        assertThat(processVariable(engine, stage, "stageOutcome")).isEqualTo("CONTINUE");
    }

    @Test
    void anUpheldObjectionRejectsAtOnceAndEndsPublicity() {
        ProcessInstance stage = start(5);
        moveClockTo(after(Duration.ofDays(1)));

        raiseObjection();
        engine.getTaskService().complete(review(stage).getId(), Map.of("decision", "REJECT", "comment", "业绩材料不实，异议成立"));

        assertThat(stage).isEnded().hasPassed(ResultPublicityProcess.END_OBJECTION_UPHELD)
                .hasNotPassed(ResultPublicityProcess.END_PUBLICITY_PASSED);
        assertThat(processVariable(engine, stage, "stageOutcome")).isEqualTo("REJECTED");
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    }

    @Test
    void eachObjectionGetsItsOwnReviewAndTheStageWaitsForOpenReviewsAfterPublicity() {
        ProcessInstance stage = start(5);
        moveClockTo(after(Duration.ofDays(1)));
        raiseObjection();
        raiseObjection();
        assertThat(reviews(stage)).hasSize(2);

        moveClockTo(after(Duration.ofDays(6)));
        assertThat(stage).isNotEnded().hasPassed(ResultPublicityProcess.TIMER_RESULT_PUBLICITY_END);

        engine.getTaskService().complete(reviews(stage).get(0).getId(), Map.of("decision", "APPROVE", "comment", "不成立"));
        assertThat(stage).isNotEnded();
        engine.getTaskService().complete(reviews(stage).get(0).getId(), Map.of("decision", "REJECT", "comment", "成立"));

        assertThat(stage).isEnded();
        assertThat(processVariable(engine, stage, "stageOutcome")).isEqualTo("REJECTED");
    }

    @Test
    void anObjectionAfterPublicityIsRefused() {
        ProcessInstance notice = engine.getRuntimeService().startProcessInstanceByKey(StageCaller.KEY, APPLICATION_NO,
                inputs(5).putValue(StageCaller.STAGE_KEY, ResultPublicityProcess.KEY));

        moveClockTo(after(Duration.ofDays(5)));

        assertThat(notice).isWaitingAt(StageCaller.AFTER_STAGE).variables().containsEntry("stageOutcome", "CONTINUE");
        assertThatThrownBy(this::raiseObjection).isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    @Test
    void anUpheldObjectionInACalledStageReachesTheNoticeProcess() {
        ProcessInstance notice = engine.getRuntimeService().startProcessInstanceByKey(StageCaller.KEY, APPLICATION_NO,
                inputs(5).putValue(StageCaller.STAGE_KEY, ResultPublicityProcess.KEY));
        raiseObjection();

        Task review = engine.getTaskService().createTaskQuery()
                .taskDefinitionKey(ResultPublicityProcess.RESULT_OBJECTION_REVIEW).singleResult();
        engine.getTaskService().complete(review.getId(), Map.of("decision", "REJECT", "comment", "异议成立"));

        // the outcome comes back; the notice's own end event records finalStatus
        assertThat(notice).isWaitingAt(StageCaller.AFTER_STAGE).variables()
                .containsEntry("stageOutcome", "REJECTED").doesNotContainKey("finalStatus");
    }

    @Test
    void aSeparateResultPublicityLengthOfTheNoticeWinsOverTheUnitPublicityLength() {
        VariableMap variables = inputs(5).putValue("resultPublicityWorkingDays", 7);
        ProcessInstance stage = engine.getRuntimeService().startProcessInstanceByKey(ResultPublicityProcess.KEY, APPLICATION_NO, variables);

        assertThat(engine.getManagementService().createJobQuery().timers().singleResult().getDuedate())
                .isEqualTo(after(Duration.ofDays(7)));
        assertThat(stage).variables().containsEntry("resultPublicityWorkingDays", 7);
    }

    @Test
    void publicityShorterThanFiveWorkingDaysIsRefused() {
        assertThatThrownBy(() -> start(4)).hasMessageContaining("不得少于5个工作日");
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(ResultPublicityProcess.KEY,
                APPLICATION_NO, inputs(5).putValue("resultPublicityWorkingDays", 3))).hasMessageContaining("不得少于5个工作日");
    }

    private ProcessInstance start(int workingDays) {
        return engine.getRuntimeService().startProcessInstanceByKey(ResultPublicityProcess.KEY, APPLICATION_NO, inputs(workingDays));
    }

    private static VariableMap inputs(int workingDays) {
        return Variables.createVariables()
                .putValue(ResultPublicityProcess.PUBLICITY_WORKING_DAYS.name(), workingDays)
                .putValue(ResultPublicityProcess.COMMITTEE_GROUP.name(), COMMITTEE_GROUP)
                .putValue("stageOutcome", "CONTINUE")
                .putValue("decision", "APPROVE");
    }

    private void raiseObjection() {
        engine.getRuntimeService().createMessageCorrelation(ResultPublicityProcess.MESSAGE_OBJECTION_RAISED)
                .processInstanceBusinessKey(APPLICATION_NO)
                .correlate();
    }

    private Task review(ProcessInstance stage) {
        List<Task> reviews = reviews(stage);
        assertThat(reviews).hasSize(1);
        return reviews.get(0);
    }

    private List<Task> reviews(ProcessInstance stage) {
        return engine.getTaskService().createTaskQuery().processInstanceId(stage.getId())
                .taskDefinitionKey(ResultPublicityProcess.RESULT_OBJECTION_REVIEW).initializeFormKeys().list();
    }

    private void moveClockTo(Date instant) {
        ClockUtil.setCurrentTime(instant);
        executeDueJobs(engine);
    }

    private static Date after(Duration duration) {
        return Date.from(MEETING_DONE.toInstant().plus(duration));
    }
}
