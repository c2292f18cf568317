package cn.xj.titlereview.process;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * A minimal notice-like caller that calls the stage named by {@code stageKey} the way the notice
 * processes do: the variables of the stage's {@link StageContract} in and out by name, business key passed on
 * (one call activity per stage behind a gateway on {@code stageKey}). It waits at {@code after_stage} so the
 * test can read what came back. Deployed from this class rather than a classpath resource so that the
 * application's auto-deployment never picks it up.
 */
public final class StageCaller {

    public static final String KEY = "test-stage-caller";
    public static final String STAGE_KEY = "stageKey";
    public static final String AFTER_STAGE = "after_stage";

    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="definitions_test_stage_caller" targetNamespace="http://xj.cn/title-review/test">
              <bpmn:process id="test-stage-caller" name="测试：调用阶段" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="caller_start" name="开始" />
                <bpmn:sequenceFlow id="flow_to_choose_stage" sourceRef="caller_start" targetRef="choose_stage" />
                <bpmn:exclusiveGateway id="choose_stage" name="调用哪个阶段？" />
            %s
                <bpmn:exclusiveGateway id="stage_done" name="阶段结束" />
                <bpmn:sequenceFlow id="flow_to_after_stage" sourceRef="stage_done" targetRef="after_stage" />
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
                .addString(KEY + ".bpmn", model())
                .deploy()
                .getId();
    }

    public static void undeploy(ProcessEngine engine, String deploymentId) {
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    static String model() {
        return MODEL.formatted(Stream.of(StageContract.values()).map(StageCaller::call).collect(Collectors.joining()));
    }

    private static String call(StageContract contract) {
        String id = "call_" + contract.name().toLowerCase();
        String mappings = Stream.concat(
                contract.inputNames().stream().map(name -> "<camunda:in source=\"" + name + "\" target=\"" + name + "\" />"),
                contract.outputNames().stream().map(name -> "<camunda:out source=\"" + name + "\" target=\"" + name + "\" />"))
                .map(line -> "          " + line + "\n").collect(Collectors.joining());
        return """
                    <bpmn:sequenceFlow id="flow_to_%1$s" sourceRef="choose_stage" targetRef="%1$s">
                      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${stageKey == '%2$s'}</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                    <bpmn:callActivity id="%1$s" name="调用阶段" calledElement="%2$s">
                      <bpmn:extensionElements>
                        <camunda:in businessKey="#{execution.processBusinessKey}" />
                %3$s      </bpmn:extensionElements>
                    </bpmn:callActivity>
                    <bpmn:sequenceFlow id="flow_from_%1$s" sourceRef="%1$s" targetRef="stage_done" />
                """.formatted(id, contract.processKey(), mappings);
    }
}
