package cn.xj.titlereview.notice.process;

import static cn.xj.titlereview.process.NoticeProcessElements.*;

import java.util.List;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = HamiAllSeriesNoticeProcess.RESOURCE)
class HamiAllSeriesNoticeTest extends NoticeProcessTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    @Override
    protected ProcessEngineCoverageExtension extension() {
        return extension;
    }

    @Override
    protected String noticeKey() {
        return HamiAllSeriesNoticeProcess.KEY;
    }

    @Override
    protected List<String> stages() {
        return HamiAllSeriesNoticeProcess.STAGES;
    }
}
