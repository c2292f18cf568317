package cn.xj.titlereview.process;

/**
 * A minimal notice-like caller (test resource {@code processes-test/stage-caller.bpmn}) that calls
 * the stage named by {@code stageKey} the way the notice processes do: all variables in and out,
 * business key passed on. It waits at {@code after_stage} so the test can read what came back.
 */
public final class StageCaller {

    public static final String KEY = "test-stage-caller";
    public static final String RESOURCE = "processes-test/stage-caller.bpmn";
    public static final String STAGE_KEY = "stageKey";
    public static final String AFTER_STAGE = "after_stage";

    private StageCaller() {
    }
}
