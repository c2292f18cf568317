package cn.xj.titlereview.notice.process;

import static cn.xj.titlereview.process.NoticeProcessElements.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.provider.Arguments;

@Deployment(resources = {NonferrousNoticeProcess.RESOURCE,
        "stubs/stage-unit-review.bpmn", "stubs/stage-competent-recommend.bpmn", "stubs/stage-committee-intake.bpmn",
        "stubs/stage-payment.bpmn", "stubs/stage-paper-materials.bpmn", "stubs/stage-defense.bpmn",
        "stubs/stage-committee-vote.bpmn", "stubs/stage-result-publicity.bpmn", "stubs/stage-hr-confirm.bpmn"})
class NonferrousNoticeTest extends NoticeProcessTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    static Stream<Arguments> stopCases() {
        return Stream.of(
                arguments(STAGE_UNIT_REVIEW, "REJECTED", END_REJECTED),
                arguments(STAGE_COMPETENT_RECOMMEND, "REJECTED", END_REJECTED),
                arguments(STAGE_COMMITTEE_INTAKE, "NOT_ACCEPTED", END_NOT_ACCEPTED),
                arguments(STAGE_COMMITTEE_INTAKE, "ABANDONED", END_ABANDONED),
                arguments(STAGE_PAYMENT, "UNPAID", END_UNPAID),
                arguments(STAGE_PAPER_MATERIALS, "ABANDONED", END_ABANDONED),
                arguments(STAGE_DEFENSE, "REJECTED", END_REJECTED),
                arguments(STAGE_COMMITTEE_VOTE, "REJECTED", END_COMMITTEE_VOTE_REJECTED),
                arguments(STAGE_RESULT_PUBLICITY, "REJECTED", END_RESULT_PUBLICITY_REJECTED),
                arguments(STAGE_HR_CONFIRM, "REJECTED", END_HR_CONFIRM_REJECTED));
    }

    @Override
    protected ProcessEngineCoverageExtension extension() {
        return extension;
    }

    @Override
    protected String noticeKey() {
        return NonferrousNoticeProcess.KEY;
    }

    @Override
    protected List<String> stages() {
        return NonferrousNoticeProcess.STAGES;
    }
}
