package cn.xj.titlereview.notice.process;

import static cn.xj.titlereview.process.NoticeProcessElements.*;
import static cn.xj.titlereview.process.ProcessTestSupport.APPLICATION_NO;
import static cn.xj.titlereview.process.ProcessTestSupport.correlate;
import static cn.xj.titlereview.process.ProcessTestSupport.fireTimer;
import static cn.xj.titlereview.process.ProcessTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.xj.titlereview.process.CommitteeIntakeProcess;
import cn.xj.titlereview.process.CompetentRecommendProcess;
import cn.xj.titlereview.process.UnitReviewProcess;
import cn.xj.titlereview.review.ReviewOpinions;

@Deployment(resources = SeniorFiveSeriesNoticeProcess.RESOURCE)
class SeniorFiveSeriesNoticeTest extends NoticeProcessTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    @Override
    protected ProcessEngineCoverageExtension extension() {
        return extension;
    }

    @Override
    protected String noticeKey() {
        return SeniorFiveSeriesNoticeProcess.KEY;
    }

    @Override
    protected List<String> stages() {
        return SeniorFiveSeriesNoticeProcess.STAGES;
    }

    @Test
    void noticeAsksForNoPaperMaterials() {
        String definitionId = repositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(noticeKey()).singleResult().getId();

        Object paperMaterials = repositoryService().getBpmnModelInstance(definitionId)
                .getModelElementById(CALL_PAPER_MATERIALS);
        assertThat(paperMaterials).isNull();
    }

    private static void completeTask(String taskKey, Map<String, Object> variables) {
        String taskId = taskService().createTaskQuery().processInstanceBusinessKey(APPLICATION_NO)
                .taskDefinitionKey(taskKey).singleResult().getId();
        taskService().complete(taskId, variables);
    }

    @Test
    @Deployment(resources = {SeniorFiveSeriesNoticeProcess.RESOURCE, UnitReviewProcess.RESOURCE,
            CompetentRecommendProcess.RESOURCE, CommitteeIntakeProcess.RESOURCE})
    void realFrontStagesRunInsideTheNoticeUnderTheApplicationNumber() {
        ProcessInstance pi = start();

        completeTask(UnitReviewProcess.UNIT_REVIEW, vars("decision", "APPROVE"));
        correlate(UnitReviewProcess.MESSAGE_OBJECTION_RAISED);
        completeTask(UnitReviewProcess.UNIT_OBJECTION_REVIEW, vars("decision", "APPROVE", "comment", "不属实"));
        fireTimer(stageInstance(STAGE_UNIT_REVIEW).getId(), UnitReviewProcess.TIMER_UNIT_PUBLICITY);
        completeTask(CompetentRecommendProcess.COMPETENT_RECOMMEND, vars("decision", "APPROVE"));
        completeTask(CommitteeIntakeProcess.COMMITTEE_INTAKE, vars("decision", "RETURN", "returnReasons", "姓名未遮盖"));
        completeTask(CommitteeIntakeProcess.APPLICANT_REVISE, Map.of());
        completeTask(CommitteeIntakeProcess.COMMITTEE_INTAKE, vars("decision", "APPROVE"));

        assertThat(pi).isWaitingAt(CALL_PAYMENT)
                .hasPassedInOrder(CALL_UNIT_REVIEW, CALL_COMPETENT_RECOMMEND, CALL_COMMITTEE_INTAKE);
        assertThat(pi).variables()
                .containsEntry("stageOutcome", "CONTINUE")
                .containsEntry("unitOpinion", ReviewOpinions.UNIT_OPINION)
                .containsEntry("competentOpinion", "同意推荐该同志申报采矿工程专业正高级职称")
                .containsEntry("committeeOpinion", ReviewOpinions.COMMITTEE_ACCEPTED)
                .containsEntry("submissionCount", 2)
                .doesNotContainKey("finalStatus");
    }

    @Test
    @Deployment(resources = {SeniorFiveSeriesNoticeProcess.RESOURCE, UnitReviewProcess.RESOURCE})
    void withdrawalDuringTheUnitPublicityEndsTheApplicationAndThePublicity() {
        ProcessInstance pi = start();
        completeTask(UnitReviewProcess.UNIT_REVIEW, vars("decision", "APPROVE"));

        correlate(MESSAGE_APPLICATION_WITHDRAWN);

        assertThat(pi).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(stageInstance(STAGE_UNIT_REVIEW)).isNull();
        assertThat(pi).variables().containsEntry("finalStatus", "WITHDRAWN");
    }
}
