package cn.xj.titlereview.process;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * A minimal notice-like caller that calls the stage named by {@code stageKey} the way the notice
 * processes do: all variables in and out, business key passed on. It waits at
 * {@code after_stage} so the test can read what came back. Deployed from this class rather than a
 * classpath resource so that the application's auto-deployment never picks it up.
 */
public final class StageCaller {

    public static final String KEY = "test-stage-caller";
    public static final String STAGE_KEY = "stageKey";
    public static final String AFTER_STAGE = "after_stage";

    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="definitions_test_stage_caller" targetNamespace="http://xj.cn/title-review/test">
              <bpmn:process id="test-stage-caller" name="测试：调用阶段" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="caller_start" name="开始" />
                <bpmn:sequenceFlow id="flow_to_call_stage" sourceRef="caller_start" targetRef="call_stage" />
                <bpmn:callActivity id="call_stage" name="调用阶段" calledElement="${stageKey}">
                  <bpmn:extensionElements>
                    <camunda:in businessKey="#{execution.processBusinessKey}" />
                    <camunda:in variables="all" />
                    <camunda:out variables="all" />
                  </bpmn:extensionElements>
                </bpmn:callActivity>
                <bpmn:sequenceFlow id="flow_to_after_stage" sourceRef="call_stage" targetRef="after_stage" />
                <bpmn:userTask id="after_stage" name="阶段之后" />
                <bpmn:sequenceFlow id="flow_to_caller_end" sourceRef="after_stage" targetRef="caller_end" />
                <bpmn:endEvent id="caller_end" name="结束" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    private StageCaller() {
    }

    /** Deploys the caller; returns the deployment id for cleanup. */
    public static String deploy(ProcessEngine engine) {
        return engine.getRepositoryService().createDeployment()
                .name(KEY)
                .addString(KEY + ".bpmn", MODEL)
                .deploy()
                .getId();
    }

    public static void undeploy(ProcessEngine engine, String deploymentId) {
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
}
