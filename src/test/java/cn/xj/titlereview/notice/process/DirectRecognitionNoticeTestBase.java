package cn.xj.titlereview.notice.process;

import static cn.xj.titlereview.notice.process.DirectRecognitionProcess.CHECK_ELIGIBILITY;
import static cn.xj.titlereview.notice.process.DirectRecognitionProcess.END_INELIGIBLE;
import static cn.xj.titlereview.notice.process.DirectRecognitionProcess.SUB_BEFORE_CONFIRM;
import static cn.xj.titlereview.process.NoticeProcessElements.*;
import static cn.xj.titlereview.process.ProcessTestSupport.APPLICATION_NO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.xj.titlereview.process.StageOutcome;
import cn.xj.titlereview.review.DirectRecognitionEligibility;

/**
 * A notice's direct-recognition path ({@link DirectRecognitionProcess}) against stand-in stages: the
 * eligibility table decides first, an ineligible application ends at once with every reason, an eligible
 * one goes through unit, competent department and the HR bureau's recognition; every outcome a stage can
 * give has its end; withdrawal until the recognition. One subclass per notice deploys its model and
 * registers its own coverage gate.
 */
abstract class DirectRecognitionNoticeTestBase extends NoticeProcessTestBase {

    /** Facts of the start, changed by single tests before {@link #start()}. */
    private Map<String, Object> facts;

    /** The path under test. */
    protected abstract DirectRecognitionProcess process();

    /** The HR bureau that recognises the demo unit's applicant (the start service's choice). */
    protected abstract String recognisingBureauGroup();

    @BeforeEach
    void eligibleApplicantAndTheTableReader() {
        Mocks.register("directRecognitionEligibility", new DirectRecognitionEligibility());
        facts = new HashMap<>(Map.of("currentLevel", "INTERMEDIATE", "villageWorkYears", 3,
                "villageWorkExcellentYears", 3, "examFilledSpecialty", false));
    }

    @Override
    protected String noticeKey() {
        return process().key();
    }

    @Override
    protected List<String> stages() {
        return DirectRecognitionProcess.STAGES;
    }

    @Override
    protected String withdrawalClosingStage() {
        return STAGE_HR_CONFIRM;
    }

    @Override
    protected Map<String, Object> startVariables() {
        Map<String, Object> variables = super.startVariables();
        variables.put("noticeId", process().noticeId());
        variables.put("level", "SENIOR_DEPUTY");
        variables.put("villageWork", true);
        variables.put("hrbGroup", recognisingBureauGroup());
        variables.remove("committeeGroup");
        variables.putAll(facts);
        return variables;
    }

    @Override
    protected String eligibilityCheck() {
        return CHECK_ELIGIBILITY;
    }

    @Override
    protected String eligibleVariable() {
        return "directRecognitionEligible";
    }

    @Override
    protected void makeIneligible() {
        facts.put("villageWorkYears", 2);
    }

    @Override
    protected String expectedIneligibleReason() {
        return "不满三年";
    }

    @Test
    void theModelIsTheNoticesPathNamedAfterItsProcessId() {
        ProcessDefinition definition = repositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(process().key()).singleResult();

        assertThat(definition).isNotNull();
        assertThat(definition.getResourceName()).isEqualTo(process().resource());
        assertThat(definition.getKey()).isEqualTo(process().noticeId() + "-direct-recognition");
    }

    @Test
    void eligibleApplicationCarriesTheBasisToTheBureauAndPassesNoCommittee() {
        ProcessInstance pi = start();

        assertThat(pi).hasPassed(CHECK_ELIGIBILITY).isWaitingAt(CALL_UNIT_REVIEW);
        assertThat(pi).variables().containsEntry("directRecognitionEligible", true);
        assertThat((String) runtimeService().getVariable(pi.getId(), "eligibilityReasons"))
                .contains("连续三年考核优秀", "直接认定现专业的高一级职称");
        completeStage(STAGE_UNIT_REVIEW, StageOutcome.CONTINUE);
        completeStage(STAGE_COMPETENT_RECOMMEND, StageOutcome.CONTINUE);

        ProcessInstance bureau = stageInstance(STAGE_HR_CONFIRM);
        assertThat(runtimeService().getVariable(bureau.getId(), "hrbGroup")).isEqualTo(recognisingBureauGroup());
        assertThat(runtimeService().getVariable(bureau.getId(), "eligibilityReasons")).asString().contains("直接认定");
        assertThat(pi).hasNotPassed(CALL_COMMITTEE_INTAKE, CALL_PAYMENT, CALL_DEFENSE, CALL_COMMITTEE_VOTE);
    }

    @Test
    void unitAndCompetentDepartmentCountTheSubmissionsWithNoCommitteeToCountThem() {
        start();
        assertThat(runtimeService().getVariable(stageInstance(STAGE_UNIT_REVIEW).getId(), "countUnitLevelSubmissions"))
                .isEqualTo(true);
        completeStage(STAGE_UNIT_REVIEW, StageOutcome.CONTINUE);

        assertThat(runtimeService().getVariable(stageInstance(STAGE_COMPETENT_RECOMMEND).getId(),
                "countUnitLevelSubmissions")).isEqualTo(true);
    }

    @Test
    void ineligibleApplicationEndsIneligibleWithEveryReasonAndNoStageIsCalled() {
        facts.put("villageWorkYears", 2);
        facts.put("villageWorkExcellentYears", 1);
        facts.put("examFilledSpecialty", true);

        ProcessInstance pi = start();

        assertThat(pi).isEnded().hasPassed(CHECK_ELIGIBILITY, END_INELIGIBLE).hasNotPassed(SUB_BEFORE_CONFIRM);
        assertThat(pi).variables().containsEntry("finalStatus", "INELIGIBLE")
                .containsEntry("directRecognitionEligible", false);
        String reasons = (String) historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("eligibilityReasons").singleResult().getValue();
        assertThat(reasons.lines()).hasSize(3).anySatisfy(line -> assertThat(line).contains("2年，不满三年"))
                .anySatisfy(line -> assertThat(line).contains("连续优秀1年"))
                .anySatisfy(line -> assertThat(line).contains("以考代评"));
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(APPLICATION_NO)
                .count()).as("no stage started").isEqualTo(1);
    }

    @Test
    void aSeniorFullTitleHasNoNextLevelToRecognise() {
        facts.put("currentLevel", "SENIOR_FULL");

        ProcessInstance pi = start();

        assertThat(pi).isEnded().hasPassed(END_INELIGIBLE);
        assertThat(pi).variables().containsEntry("finalStatus", "INELIGIBLE");
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("eligibilityReasons").singleResult().getValue()).asString().contains("正高级");
    }
}
