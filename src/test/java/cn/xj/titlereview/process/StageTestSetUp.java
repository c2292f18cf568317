package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.ProcessTestSupport.T0;
import static cn.xj.titlereview.process.ProcessTestSupport.setClock;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every test of a review stage sets up around each test: the process assertions bound to the test
 * engine, the engine clock at {@link ProcessTestSupport#T0}, the stages' beans; all undone afterwards.
 * Register it after the engine's extension:
 * {@code @RegisterExtension final StageTestSetUp setUp = new StageTestSetUp(extension);}.
 */
public final class StageTestSetUp implements BeforeEachCallback, AfterEachCallback {

    private final ProcessEngineExtension engine;

    public StageTestSetUp(ProcessEngineExtension engine) {
        this.engine = engine;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BpmnAwareTests.init(engine.getProcessEngine());
        setClock(T0);
        ReviewMocks.register();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
        ReviewMocks.reset();
    }
}
