package cn.xj.titlereview.notice.process;

import static cn.xj.titlereview.notice.process.AkesuCoalNoticeProcess.*;
import static cn.xj.titlereview.process.NoticeProcessElements.*;
import static cn.xj.titlereview.process.ProcessTestSupport.T0;
import static cn.xj.titlereview.process.ProcessTestSupport.fireTimer;
import static cn.xj.titlereview.process.ProcessTestSupport.timerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.xj.titlereview.process.StageOutcome;

@Deployment(resources = AkesuCoalNoticeProcess.RESOURCE)
class AkesuCoalNoticeTest extends NoticeProcessTestBase {

    /** 2024-08-30 18:00 Beijing time. */
    static final Instant DECLARATION_CLOSE = Instant.parse("2024-08-30T10:00:00Z");

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    @Override
    protected ProcessEngineCoverageExtension extension() {
        return extension;
    }

    @Override
    protected String noticeKey() {
        return AkesuCoalNoticeProcess.KEY;
    }

    @Override
    protected List<String> stages() {
        return AkesuCoalNoticeProcess.STAGES;
    }

    /**
     * The materials must be with the committee by the declaration deadline (截止申报时须已提交评审委员会): the
     * committee's intake runs after it, outside the deadline's sub-process, and does not send back.
     */
    @Override
    protected boolean committeeSendsBackToTheCompetentUnit() {
        return false;
    }

    @Override
    protected Map<String, Object> startVariables() {
        Map<String, Object> variables = super.startVariables();
        variables.put("fixWindows", "P2D");
        variables.put("declarationClosesAt", Date.from(DECLARATION_CLOSE));
        return variables;
    }

    @Test
    void applicationNotAtTheCommitteeWhenTheDeclarationClosesIsAbandoned() {
        ProcessInstance pi = start();
        completeStage(STAGE_UNIT_REVIEW, StageOutcome.CONTINUE);
        assertThat(timerOf(pi.getId(), TIMER_DECLARATION_CLOSED).getDuedate()).isEqualTo(Date.from(DECLARATION_CLOSE));
        assertThat(T0).isBefore(DECLARATION_CLOSE.plusSeconds(86400 * 30));

        fireTimer(pi.getId(), TIMER_DECLARATION_CLOSED);

        assertThat(pi).isEnded().hasPassed(END_DECLARATION_CLOSED, END_ABANDONED).hasNotPassed(CALL_COMMITTEE_INTAKE);
        assertThat(pi).variables().containsEntry("finalStatus", "ABANDONED");
        assertThat(stageInstance(STAGE_COMPETENT_RECOMMEND)).isNull();
    }

    @Test
    void declarationCloseNoLongerMattersOnceTheCommitteeHasTheApplication() {
        ProcessInstance pi = start();
        completeStage(STAGE_UNIT_REVIEW, StageOutcome.CONTINUE);
        completeStage(STAGE_COMPETENT_RECOMMEND, StageOutcome.CONTINUE);

        assertThat(pi).isWaitingAt(CALL_COMMITTEE_INTAKE);
        assertThat(timerOf(pi.getId(), TIMER_DECLARATION_CLOSED)).isNull();
    }

    @Test
    void formalReviewIsToldThatAnExpiredFixWindowMeansNotAccepted() {
        start();
        completeStage(STAGE_UNIT_REVIEW, StageOutcome.CONTINUE);
        completeStage(STAGE_COMPETENT_RECOMMEND, StageOutcome.CONTINUE);

        assertThat(runtimeService().getVariable(stageInstance(STAGE_COMMITTEE_INTAKE).getId(), "fixWindowExpiryStatus"))
                .isEqualTo("NOT_ACCEPTED");
        assertThat(runtimeService().getVariable(stageInstance(STAGE_COMMITTEE_INTAKE).getId(), "fixWindows"))
                .isEqualTo("P2D");
    }
}
