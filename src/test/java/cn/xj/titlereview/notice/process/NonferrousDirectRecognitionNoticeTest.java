package cn.xj.titlereview.notice.process;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 直接认定 of the 2021 non-ferrous notice (第六条第（二）款): a unit of the autonomous region, the notice's bureau recognises. */
@Deployment(resources = {DirectRecognitionProcess.NONFERROUS_2021_RESOURCE,
        DirectRecognitionProcess.ELIGIBILITY_DECISION_RESOURCE})
class NonferrousDirectRecognitionNoticeTest extends DirectRecognitionNoticeTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    @Override
    protected ProcessEngineCoverageExtension extension() {
        return extension;
    }

    @Override
    protected DirectRecognitionProcess process() {
        return DirectRecognitionProcess.NONFERROUS_2021;
    }

    @Override
    protected String recognisingBureauGroup() {
        return "hrb650000";
    }
}
