package cn.xj.titlereview.notice.process;

import static cn.xj.titlereview.process.NoticeProcessElements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.xj.titlereview.process.StageOutcome;

@Deployment(resources = HejingInitialJuniorNoticeProcess.RESOURCE)
class HejingInitialJuniorNoticeTest extends NoticeProcessTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    @Override
    protected ProcessEngineCoverageExtension extension() {
        return extension;
    }

    @Override
    protected String noticeKey() {
        return HejingInitialJuniorNoticeProcess.KEY;
    }

    @Override
    protected List<String> stages() {
        return HejingInitialJuniorNoticeProcess.STAGES;
    }

    @Override
    protected String withdrawalClosingStage() {
        return STAGE_HR_CONFIRM;
    }

    @Override
    protected Map<String, Object> startVariables() {
        Map<String, Object> variables = super.startVariables();
        variables.put("level", "JUNIOR");
        variables.put("fixWindows", "PT48H");
        variables.put("hrbGroup", "hrb652827");
        variables.remove("committeeGroup");
        return variables;
    }

    @Test
    void unitAndCompetentDepartmentCountTheSubmissionsAsTheNoticeLimitsThem() {
        ProcessInstance pi = start();
        assertThat(runtimeService().getVariable(stageInstance(STAGE_UNIT_REVIEW).getId(), "countUnitLevelSubmissions"))
                .isEqualTo(true);
        completeStage(STAGE_UNIT_REVIEW, StageOutcome.CONTINUE);

        assertThat(runtimeService().getVariable(stageInstance(STAGE_COMPETENT_RECOMMEND).getId(),
                "countUnitLevelSubmissions")).isEqualTo(true);
        completeStage(STAGE_COMPETENT_RECOMMEND, StageOutcome.CONTINUE);

        assertThat(pi).isWaitingAt(CALL_HR_CONFIRM).hasNotPassed(CALL_COMMITTEE_INTAKE);
        assertThat(runtimeService().getVariable(stageInstance(STAGE_HR_CONFIRM).getId(), "hrbGroup"))
                .isEqualTo("hrb652827");
    }
}
