package cn.xj.titlereview.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Conventions every back-stage model keeps (see STYLE.md and the stage contract in DESIGN.md). */
class BackStageModelsTest {

    record Model(String key, String resource) {
        @Override
        public String toString() {
            return key;
        }
    }

    static Stream<Model> models() {
        return Stream.of(
                new Model(PaymentProcess.KEY, PaymentProcess.RESOURCE),
                new Model(PaperMaterialsProcess.KEY, PaperMaterialsProcess.RESOURCE),
                new Model(DefenseProcess.KEY, DefenseProcess.RESOURCE),
                new Model(CommitteeVoteProcess.KEY, CommitteeVoteProcess.RESOURCE),
                new Model(ResultPublicityProcess.KEY, ResultPublicityProcess.RESOURCE),
                new Model(HrConfirmProcess.KEY, HrConfirmProcess.RESOURCE));
    }

    private static final Pattern GENERATED_ID = Pattern.compile(
            "(?i)(Activity|Flow|Event|Gateway|StartEvent|EndEvent|Task|UserTask|ServiceTask|SequenceFlow|Process"
                    + "|SubProcess|BoundaryEvent|Definitions|Message|TimerEventDefinition|MessageEventDefinition)_[0-9a-z]{5,}");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Set<String> USER_TASK_KEYS = Set.of("committee_paper_received", "defense_record", "expert_vote",
            "committee_meeting_close", "result_objection_review", "hr_confirm");
    private static final Set<String> OUTCOMES = Stream.concat(Stream.of(StageOutcome.CONTINUE),
            Stream.of(FinalStatus.values()).map(Enum::name)).collect(Collectors.toSet());
    /** Root-level end events that end a side path, not the stage. */
    private static final Set<String> SIDE_PATH_ENDS = Set.of(ResultPublicityProcess.END_OBJECTION_DISMISSED);

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void isAnExecutableStageWithHistoryTimeToLive(Model model) {
        Process process = single(read(model).getModelElementsByType(Process.class));

        assertThat(process.getId()).isEqualTo(model.key()).startsWith("stage-");
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(process.getName()).containsPattern(CHINESE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyElementHasAMeaningfulIdAChineseNameAndADiagramElement(Model model) {
        BpmnModelInstance instance = read(model);
        Set<String> drawn = Stream.concat(
                instance.getModelElementsByType(BpmnShape.class).stream().map(shape -> shape.getBpmnElement().getId()),
                instance.getModelElementsByType(BpmnEdge.class).stream().map(edge -> edge.getBpmnElement().getId()))
                .collect(Collectors.toSet());

        for (BaseElement element : instance.getModelElementsByType(BaseElement.class)) {
            assertThat(element.getId()).as("id of %s", element.getElementType().getTypeName())
                    .doesNotMatch(GENERATED_ID);
        }
        for (FlowNode node : instance.getModelElementsByType(FlowNode.class)) {
            assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank().containsPattern(CHINESE);
        }
        for (FlowElement element : instance.getModelElementsByType(FlowElement.class)) {
            if (element instanceof FlowNode || element instanceof SequenceFlow) {
                assertThat(drawn).as("diagram element of %s", element.getId()).contains(element.getId());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyEndOfTheStageSetsTheStageOutcome(Model model) {
        BpmnModelInstance instance = read(model);
        Process process = single(instance.getModelElementsByType(Process.class));

        List<EndEvent> stageEnds = process.getChildElementsByType(EndEvent.class).stream()
                .filter(end -> !SIDE_PATH_ENDS.contains(end.getId()))
                .toList();

        assertThat(stageEnds).isNotEmpty();
        for (EndEvent end : stageEnds) {
            assertThat(end.getExtensionElements()).as("extension elements of %s", end.getId()).isNotNull();
            List<String> listeners = end.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaExecutionListener.class).list().stream()
                    .map(listener -> listener.getCamundaEvent() + " " + listener.getCamundaDelegateExpression())
                    .toList();
            List<String> outcomes = end.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaProperties.class).list().stream()
                    .flatMap(properties -> properties.getCamundaProperties().stream())
                    .filter(property -> StageOutcome.STAGE_OUTCOME_PROPERTY.equals(property.getCamundaName()))
                    .map(CamundaProperty::getCamundaValue)
                    .toList();
            assertThat(listeners).as("outcome listener of %s", end.getId()).containsExactly("start ${recordOutcomeListener}");
            assertThat(outcomes).as("declared outcome of %s", end.getId()).hasSize(1);
            assertThat(OUTCOMES).as("outcome of %s", end.getId()).contains(outcomes.get(0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void userTasksUseContractKeysAndDeployedCamundaForms(Model model) throws IOException {
        for (UserTask task : read(model).getModelElementsByType(UserTask.class)) {
            assertThat(USER_TASK_KEYS).contains(task.getId());
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("latest");
            assertThat(BackStageForms.formIds()).contains(task.getCamundaFormRef());
        }
    }

    private static BpmnModelInstance read(Model model) {
        try (InputStream in = BackStageModelsTest.class.getClassLoader().getResourceAsStream(model.resource())) {
            assertThat(in).as(model.resource()).isNotNull();
            BpmnModelInstance instance = Bpmn.readModelFromStream(in);
            Bpmn.validateModel(instance);
            return instance;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T single(Collection<T> elements) {
        assertThat(elements).hasSize(1);
        return elements.iterator().next();
    }
}
