package cn.xj.titlereview.notice.process;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 直接认定 of the 2023 Hami notice (第六条第（四）款): a Hami unit, the Hami bureau recognises. */
@Deployment(resources = {DirectRecognitionProcess.HAMI_2023_RESOURCE,
        DirectRecognitionProcess.ELIGIBILITY_DECISION_RESOURCE})
class HamiDirectRecognitionNoticeTest extends DirectRecognitionNoticeTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    @Override
    protected ProcessEngineCoverageExtension extension() {
        return extension;
    }

    @Override
    protected DirectRecognitionProcess process() {
        return DirectRecognitionProcess.HAMI_2023;
    }

    @Override
    protected String recognisingBureauGroup() {
        return "hrb650500";
    }
}
