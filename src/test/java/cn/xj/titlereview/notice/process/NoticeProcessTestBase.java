package cn.xj.titlereview.notice.process;

import static cn.xj.titlereview.process.NoticeProcessElements.*;
import static cn.xj.titlereview.process.ProcessTestSupport.APPLICATION_NO;
import static cn.xj.titlereview.process.ProcessTestSupport.T0;
import static cn.xj.titlereview.process.ProcessTestSupport.applicationVariables;
import static cn.xj.titlereview.process.ProcessTestSupport.correlate;
import static cn.xj.titlereview.process.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import cn.xj.titlereview.process.ExtensionProperties;
import cn.xj.titlereview.process.NoticeProcessElements;
import cn.xj.titlereview.process.ReviewMocks;
import cn.xj.titlereview.process.StageOutcome;

/**
 * What every notice process must do, tested against stand-in stages (src/test/resources/stubs, deployed here
 * for the notice's stages) so that each stage's outcome can be chosen. Each subclass deploys its notice model, registers the
 * coverage extension ({@link #coverage()}) and names its stages; the stop cases follow from the stages' models.
 */
abstract class NoticeProcessTestBase {

    static final String[] STAGE_KEYS = {STAGE_UNIT_REVIEW, STAGE_COMPETENT_RECOMMEND, STAGE_COMMITTEE_INTAKE,
            STAGE_PAYMENT, STAGE_PAPER_MATERIALS, STAGE_DEFENSE, STAGE_COMMITTEE_VOTE, STAGE_RESULT_PUBLICITY,
            STAGE_HR_CONFIRM};

    /** Class coverage of the notice model itself; the stand-in stages are not counted. */
    static ProcessEngineCoverageExtension coverage() {
        return ProcessEngineCoverageExtension.builder()
                .assertClassCoverageAtLeast(0.9)
                .excludeProcessDefinitionKeys(STAGE_KEYS)
                .build();
    }

    protected abstract ProcessEngineCoverageExtension extension();

    protected abstract String noticeKey();

    /** The notice's stages in order. */
    protected abstract List<String> stages();

    /** The first stage during which a withdrawal is no longer possible. */
    protected String withdrawalClosingStage() {
        return STAGE_COMMITTEE_VOTE;
    }

    protected Map<String, Object> startVariables() {
        Map<String, Object> variables = applicationVariables();
        variables.put("noticeId", noticeKey());
        return variables;
    }

    /** The verdict the stand-in of the pre-check gives (the real check is tested against the notice files). */
    private boolean eligibleVerdict = true;

    /** The stand-ins of the notice's stages, deployed beside the notice model for each test. */
    private org.camunda.bpm.engine.repository.Deployment stubs;

    @BeforeEach
    void setUpEngine() {
        BpmnAwareTests.init(extension().getProcessEngine());
        var deployment = repositoryService().createDeployment().name("stand-in stages");
        stages().forEach(stage -> deployment.addClasspathResource("stubs/" + stage + ".bpmn"));
        stubs = deployment.deploy();
        setClock(T0);
        ReviewMocks.register();
        eligibleVerdict = true;
        Mocks.register("eligibilityPreCheck", (JavaDelegate) execution -> {
            execution.setVariable("eligible", eligibleVerdict);
            execution.setVariable("eligibilityReasons", eligibleVerdict ? "符合申报条件" : "离退休人员不得申报（依据：第二条）");
        });
    }

    @AfterEach
    void resetEngine() {
        repositoryService().deleteDeployment(stubs.getId(), true);
        ClockUtil.reset();
        ReviewMocks.reset();
    }

    protected ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(noticeKey(), APPLICATION_NO, startVariables());
    }

    /** The running instance of a stage, found by the application number it was called with. */
    protected static ProcessInstance stageInstance(String stageKey) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(stageKey)
                .processInstanceBusinessKey(APPLICATION_NO).singleResult();
    }

    /** Ends the stand-in of a stage with an outcome, as the real stage would. */
    protected static void completeStage(String stageKey, String outcome) {
        ProcessInstance stage = stageInstance(stageKey);
        assertThat(stage).as("%s runs with business key %s", stageKey, APPLICATION_NO).isNotNull();
        Task task = taskService().createTaskQuery().processInstanceId(stage.getId()).singleResult();
        Map<String, Object> variables = new HashMap<>();
        variables.put("stageOutcome", outcome);
        if (!StageOutcome.CONTINUE.equals(outcome) && !StageOutcome.SENT_BACK.equals(outcome)) {
            variables.put("finalStatus", outcome);
        }
        taskService().complete(task.getId(), variables);
    }

    protected void passStagesUntil(String stageKey) {
        for (String stage : stages()) {
            if (stage.equals(stageKey)) {
                return;
            }
            completeStage(stage, passingOutcome(stage));
        }
    }

    /** What a stage returns when the application passes it: the confirming stage says APPROVED. */
    protected static String passingOutcome(String stage) {
        return NoticeProcessElements.STAGE_HR_CONFIRM.equals(stage) ? StageOutcome.APPROVED : StageOutcome.CONTINUE;
    }

    @Test
    void applicationPassingEveryStageInTheNoticeOrderIsApproved() {
        ProcessInstance pi = start();

        for (String stage : stages()) {
            assertThat(pi).isWaitingAt(CALL_OF_STAGE.get(stage));
            completeStage(stage, passingOutcome(stage));
        }

        assertThat(pi).isEnded().hasPassed(END_APPROVED)
                .hasPassedInOrder(stages().stream().map(CALL_OF_STAGE::get).toArray(String[]::new));
        assertThat(pi).variables().containsEntry("finalStatus", "APPROVED");
    }

    /**
     * Every final status each stage of the notice can end with, read from the stage's own model (the
     * {@code stageOutcome} of its end events), and the notice's end event it must reach.
     */
    @TestFactory
    Stream<DynamicTest> everyEndingOfEveryStageEndsTheApplicationWithThatStatus() {
        return stopCases().stream().map(stop -> DynamicTest.dynamicTest(
                stop.stage() + " 结果 " + stop.status() + " → " + stop.endEvent(), () -> {
                    ProcessInstance pi = start();
                    passStagesUntil(stop.stage());

                    completeStage(stop.stage(), stop.status());

                    assertThat(pi).isEnded().hasPassed(stop.endEvent()).hasNotPassed(END_APPROVED);
                    assertThat(pi).variables().containsEntry("finalStatus", stop.status());
                    int index = stages().indexOf(stop.stage());
                    if (index + 1 < stages().size()) {
                        assertThat(pi).hasNotPassed(CALL_OF_STAGE.get(stages().get(index + 1)));
                    }
                }));
    }

    record StopCase(String stage, String status, String endEvent) {
    }

    /** The end events after the vote name their stage; before it, one end event per final status. */
    private static final Map<String, String> END_OF_LATE_STAGE = Map.of(
            STAGE_COMMITTEE_VOTE, END_COMMITTEE_VOTE_REJECTED,
            STAGE_RESULT_PUBLICITY, END_RESULT_PUBLICITY_REJECTED,
            STAGE_HR_CONFIRM, END_HR_CONFIRM_REJECTED);

    List<StopCase> stopCases() {
        List<StopCase> cases = new ArrayList<>();
        for (String stage : stages()) {
            BpmnModelInstance model = Bpmn.readModelFromStream(
                    getClass().getClassLoader().getResourceAsStream("processes/stages/" + stage + ".bpmn"));
            model.getModelElementsByType(EndEvent.class).stream()
                    .map(end -> ExtensionProperties.find(end, StageOutcome.STAGE_OUTCOME_PROPERTY))
                    .flatMap(Optional::stream)
                    .filter(outcome -> !StageOutcome.CONTINUE.equals(outcome) && !StageOutcome.APPROVED.equals(outcome)
                            && !StageOutcome.SENT_BACK.equals(outcome))
                    .distinct().sorted()
                    .forEach(status -> cases.add(new StopCase(stage, status, END_OF_LATE_STAGE.getOrDefault(stage,
                            "end_" + status.toLowerCase(Locale.ROOT)))));
        }
        assertThat(cases).as("stop cases of %s", noticeKey()).isNotEmpty();
        return cases;
    }

    /** The model's eligibility check, the variable it writes and how a test makes it fail. */
    protected String eligibilityCheck() {
        return "check_eligibility";
    }

    protected String eligibleVariable() {
        return "eligible";
    }

    protected void makeIneligible() {
        eligibleVerdict = false;
    }

    protected String expectedIneligibleReason() {
        return "离退休人员不得申报（依据：第二条）";
    }

    @Test
    void applicationFailingAConditionNoRevisionCanFixEndsIneligibleBeforeAnyStage() {
        makeIneligible();

        ProcessInstance pi = start();

        assertThat(pi).isEnded().hasPassedInOrder(eligibilityCheck(), "gw_eligible", "end_ineligible")
                .hasNotPassed(CALL_OF_STAGE.get(stages().get(0)));
        assertThat(pi).variables().containsEntry("finalStatus", "INELIGIBLE")
                .containsEntry(eligibleVariable(), false);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("eligibilityReasons").singleResult().getValue())
                .asString().contains(expectedIneligibleReason());
        assertThat(stageInstance(stages().get(0))).isNull();
    }

    @Test
    void eligibleApplicationGoesOnToTheFirstStage() {
        ProcessInstance pi = start();

        assertThat(pi).hasPassedInOrder(eligibilityCheck(), "gw_eligible")
                .isWaitingAt(CALL_OF_STAGE.get(stages().get(0)));
        assertThat(pi).variables().containsEntry(eligibleVariable(), true);
    }

    /** Whether the notice routes a send-back of the committee's intake to the competent unit (Akesu does not). */
    protected boolean committeeSendsBackToTheCompetentUnit() {
        return stages().contains(STAGE_COMMITTEE_INTAKE);
    }

    @Test
    void competentUnitSendingBackCallsTheEmployerUnitsReviewAgainAndTheApplicationGoesOn() {
        ProcessInstance pi = start();
        passStagesUntil(STAGE_COMPETENT_RECOMMEND);

        completeStage(STAGE_COMPETENT_RECOMMEND, StageOutcome.SENT_BACK);

        assertThat(pi).isWaitingAt(CALL_OF_STAGE.get(STAGE_UNIT_REVIEW));
        assertThat(passes(pi, "gw_unit_review_entry")).as("entered again by the send-back flow").isEqualTo(2);
        assertThat(pi).variables().doesNotContainKey("finalStatus");
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(CALL_OF_STAGE.get(STAGE_UNIT_REVIEW)).count()).as("the unit's review twice in history").isEqualTo(2);
        completeStage(STAGE_UNIT_REVIEW, StageOutcome.CONTINUE);
        assertThat(pi).isWaitingAt(CALL_OF_STAGE.get(STAGE_COMPETENT_RECOMMEND));
        for (String stage : stages().subList(1, stages().size())) {
            completeStage(stage, passingOutcome(stage));
        }
        assertThat(pi).isEnded().hasPassed(END_APPROVED);
    }

    private static long passes(ProcessInstance pi, String activityId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(activityId).count();
    }

    @Test
    void committeeOfficeSendingBackCallsTheCompetentUnitAgainWithoutTheUnitsReview() {
        if (!committeeSendsBackToTheCompetentUnit()) {
            BpmnModelInstance model = repositoryService().getBpmnModelInstance(runtimeService()
                    .createProcessInstanceQuery().processInstanceId(start().getId()).singleResult().getProcessDefinitionId());
            assertThat((Object) model.getModelElementById("flow_sent_back_to_competent_recommend")).as("not routed here").isNull();
            return;
        }
        ProcessInstance pi = start();
        passStagesUntil(STAGE_COMMITTEE_INTAKE);

        completeStage(STAGE_COMMITTEE_INTAKE, StageOutcome.SENT_BACK);

        assertThat(pi).isWaitingAt(CALL_OF_STAGE.get(STAGE_COMPETENT_RECOMMEND));
        assertThat(passes(pi, "gw_competent_recommend_entry")).as("entered again by the send-back flow").isEqualTo(2);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(CALL_OF_STAGE.get(STAGE_UNIT_REVIEW)).count()).as("the unit is not asked again").isEqualTo(1);
        completeStage(STAGE_COMPETENT_RECOMMEND, StageOutcome.CONTINUE);
        assertThat(pi).isWaitingAt(CALL_OF_STAGE.get(STAGE_COMMITTEE_INTAKE));
    }

    @Test
    void withdrawalBeforeTheClosingStageEndsWithdrawnAndCancelsTheRunningStage() {
        ProcessInstance pi = start();
        completeStage(stages().get(0), StageOutcome.CONTINUE);
        String running = stages().get(1);
        assertThat(stageInstance(running)).isNotNull();

        correlate(MESSAGE_APPLICATION_WITHDRAWN);

        assertThat(pi).isEnded().hasPassed(BOUNDARY_WITHDRAWN, END_WITHDRAWN);
        assertThat(pi).variables().containsEntry("finalStatus", "WITHDRAWN");
        assertThat(stageInstance(running)).isNull();
    }

    @Test
    void withdrawalOnceTheClosingStageHasBegunIsRefused() {
        ProcessInstance pi = start();
        passStagesUntil(withdrawalClosingStage());
        assertThat(pi).isWaitingAt(CALL_OF_STAGE.get(withdrawalClosingStage()));

        assertThatThrownBy(() -> correlate(MESSAGE_APPLICATION_WITHDRAWN))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(pi).isNotEnded();
    }
}
