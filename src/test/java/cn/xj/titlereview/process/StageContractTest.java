package cn.xj.titlereview.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every call of a stage in a notice model passes exactly the stage's {@link StageContract}: its inputs by name
 * ({@code source} = {@code target}), a switch of its options at most, its outputs by name back, the business key,
 * and never {@code variables="all"}. A model re-drawn in Modeler that misses a variable fails here, naming the
 * file, the call activity and the variable.
 */
class StageContractTest {

    private static final Path NOTICES = Path.of("processes/notices");
    private static final Path STAGES = Path.of("processes/stages");

    static Stream<Path> notices() throws IOException {
        try (Stream<Path> files = Files.list(NOTICES)) {
            List<Path> models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(models).isNotEmpty();
            return models.stream();
        }
    }

    @Test
    void everyStageModelHasAContractAndEveryContractAModel() throws IOException {
        Set<String> stages;
        try (Stream<Path> files = Files.list(STAGES)) {
            stages = files.filter(p -> p.toString().endsWith(".bpmn"))
                    .map(p -> Bpmn.readModelFromFile(p.toFile()).getModelElementsByType(Process.class).iterator().next().getId())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(Arrays.stream(StageContract.values()).map(StageContract::processKey))
                .containsExactlyInAnyOrderElementsOf(stages);
    }

    @Test
    void aVariableIsNeverBothAnInputAndAnOption() {
        for (StageContract contract : StageContract.values()) {
            assertThat(java.util.Collections.disjoint(contract.inputNames(), contract.optionNames())).as("%s", contract).isTrue();
            assertThat(contract.outputNames()).as("%s", contract).contains(CampaignVariables.STAGE_OUTCOME.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notices")
    void everyCallOfAStagePassesItsContract(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<String> problems = new ArrayList<>();
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            problems.addAll(problems(file.getFileName().toString(), call));
        }
        assertThat(problems).as("调用活动与阶段约定（StageContract）不一致").isEmpty();
    }

    @Test
    void theStageCallerOfTheTestsPassesTheContractsToo() {
        BpmnModelInstance model = Bpmn.readModelFromStream(
                new java.io.ByteArrayInputStream(StageCaller.model().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<String> problems = new ArrayList<>();
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            problems.addAll(problems("StageCaller", call));
        }
        assertThat(model.getModelElementsByType(CallActivity.class)).hasSize(StageContract.values().length);
        assertThat(problems).isEmpty();
    }

    @Test
    void aCallThatMissesTheContractIsToldWhatToChange() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="definitions_broken" targetNamespace="http://xj.cn/title-review/test">
                  <bpmn:process id="notice-broken" isExecutable="true">
                    <bpmn:callActivity id="call_payment" calledElement="stage-payment">
                      <bpmn:extensionElements>
                        <camunda:in variables="all" />
                        <camunda:in source="noticeId" target="noticeId" />
                        <camunda:in source="fee" target="fee" />
                        <camunda:out source="stageOutcome" target="stageOutcome" />
                        <camunda:out source="fee" target="fee" />
                      </bpmn:extensionElements>
                    </bpmn:callActivity>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        CallActivity call = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(
                xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))).getModelElementById("call_payment");

        assertThat(problems("notice-broken.bpmn", call)).containsExactlyInAnyOrder(
                "notice-broken.bpmn call_payment（stage-payment）：不得使用 <camunda:in variables=\"all\"/>，请按名称传入 "
                        + StageContract.PAYMENT.inputNames(),
                "notice-broken.bpmn call_payment（stage-payment）：阶段不读取变量 fee，请删除该输入（或在 StageContract 中登记）",
                "notice-broken.bpmn call_payment（stage-payment）：缺少 <camunda:in businessKey=\"#{execution.processBusinessKey}\"/>",
                "notice-broken.bpmn call_payment（stage-payment）：缺少输入 <camunda:in source=\"applicationNo\" target=\"applicationNo\"/>",
                "notice-broken.bpmn call_payment（stage-payment）：缺少输入 <camunda:in source=\"level\" target=\"level\"/>",
                "notice-broken.bpmn call_payment（stage-payment）：缺少输入 <camunda:in source=\"applicantUserId\" target=\"applicantUserId\"/>",
                "notice-broken.bpmn call_payment（stage-payment）：缺少输入 <camunda:in source=\"paymentDeadline\" target=\"paymentDeadline\"/>",
                "notice-broken.bpmn call_payment（stage-payment）：阶段输出不含 fee，请删除该输出（阶段未设置的变量会以 null 覆盖通知流程中的值）");
    }

    /** What is wrong with one call activity, one line per problem naming the file and the call. */
    static List<String> problems(String file, CallActivity call) {
        String where = file + " " + call.getId() + "（" + call.getCalledElement() + "）：";
        return StageContract.of(call.getCalledElement())
                .map(contract -> contract.problemsOf(call).stream().map(problem -> where + problem).toList())
                .orElse(List.of(where + "调用的不是已约定的阶段流程，请在 StageContract 中登记其输入输出"));
    }
}
