package cn.xj.titlereview.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The conventions every stage and notice model keeps (STYLE.md, the process contract in the README): the
 * process id is the file name, executable with a history time-to-live; meaningful ids, Chinese names and a
 * diagram element for everything; user tasks with the contract's keys and a deployed Camunda form of that
 * id; every end of a stage records the stage's outcome. Every file under processes/ is read, so a new
 * notice's model is held to them without a line here.
 */
class ModelConventionsTest {

    private static final Path MODELS = Path.of("processes");
    private static final Path FORMS = MODELS.resolve("forms");
    private static final Pattern GENERATED_ID = Pattern.compile(
            "^(Activity|Flow|Gateway|Event|StartEvent|EndEvent|Task|UserTask|ServiceTask|SequenceFlow|Process"
                    + "|SubProcess|BoundaryEvent|Timer|Message|Error|TimerEventDefinition|MessageEventDefinition"
                    + "|ErrorEventDefinition|Definitions|sid)[_-].*");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** The user-task keys of the process contract. */
    private static final Set<String> USER_TASK_KEYS = Set.of("applicant_revise", "unit_review", "unit_objection_review",
            "competent_recommend", "committee_intake", "committee_paper_received", "defense_record", "expert_vote",
            "committee_meeting_close", "result_objection_review", "hr_confirm", "unit_registration_review");
    /** The reviews whose forms decide with {@code decision} and {@code comment}. */
    private static final Set<String> REVIEW_TASKS = Set.of("unit_review", "unit_objection_review",
            "competent_recommend", "committee_intake", "unit_registration_review");
    private static final Set<String> OUTCOMES = Stream.concat(Stream.of(StageOutcome.CONTINUE, StageOutcome.SENT_BACK),
            Stream.of(FinalStatus.values()).map(Enum::name)).collect(Collectors.toSet());
    /** Root-level end events that end a side path, not the stage. */
    private static final Set<String> SIDE_PATH_ENDS = Set.of(ResultPublicityProcess.END_OBJECTION_DISMISSED);

    static Stream<Path> models() throws IOException {
        try (Stream<Path> files = Files.walk(MODELS)) {
            List<Path> models = files.filter(p -> p.toString().endsWith(".bpmn"))
                    .filter(p -> !p.toString().contains("node_modules")).sorted().toList();
            assertThat(models).hasSizeGreaterThanOrEqualTo(16);
            return models.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void isAnExecutableProcessNamedAfterItsFile(Path file) {
        Process process = process(read(file));

        assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
        assertThat(process.getId()).startsWith(switch (file.getParent().getFileName().toString()) {
            case "stages" -> "stage-";
            case "units" -> "unit-";
            default -> "notice-";
        });
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(process.getName()).as("Chinese process name").containsPattern(HAN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyElementHasAMeaningfulIdAChineseNameAndADiagramElement(Path file) {
        BpmnModelInstance model = read(file);
        Set<String> drawn = Stream.concat(
                model.getModelElementsByType(BpmnShape.class).stream().map(shape -> shape.getBpmnElement().getId()),
                model.getModelElementsByType(BpmnEdge.class).stream().map(edge -> edge.getBpmnElement().getId()))
                .collect(Collectors.toSet());
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            if (element.getId() != null) {
                assertThat(element.getId()).as("meaningful id").doesNotMatch(GENERATED_ID);
            }
        }
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            assertThat(drawn).as("diagram of %s", element.getId()).contains(element.getId());
            if (element instanceof FlowNode && !isUnnamedJoin(element)) {
                assertThat(element.getName()).as("name of %s", element.getId()).isNotBlank().containsPattern(HAN);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void userTasksUseContractKeysAndDeployedCamundaForms(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (UserTask task : read(file).getModelElementsByType(UserTask.class)) {
            assertThat(USER_TASK_KEYS).contains(task.getId());
            String formRef = task.getCamundaFormRef();
            assertThat(formRef).as("form of %s", task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("latest");
            Path form = FORMS.resolve(formRef + ".form");
            assertThat(form).exists();
            JsonNode schema = json.readTree(Files.readString(form));
            assertThat(schema.path("id").asText()).isEqualTo(formRef);
            if (REVIEW_TASKS.contains(task.getId())) {
                assertThat(schema.path("components").findValuesAsText("key")).as("review form %s", formRef)
                        .contains("decision", "comment");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyEndOfAStageRecordsItsOutcome(Path file) {
        Process process = process(read(file));
        if (!process.getId().startsWith("stage-")) {
            return;   // a notice ends with finalStatus, checked by its process test
        }
        List<EndEvent> stageEnds = process.getChildElementsByType(EndEvent.class).stream()
                .filter(end -> !SIDE_PATH_ENDS.contains(end.getId())).toList();
        assertThat(stageEnds).isNotEmpty();
        for (EndEvent end : stageEnds) {
            assertThat(end.getExtensionElements()).as("extension elements of %s", end.getId()).isNotNull();
            List<String> listeners = end.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaExecutionListener.class).list().stream()
                    .map(listener -> listener.getCamundaEvent() + " " + listener.getCamundaDelegateExpression())
                    .toList();
            assertThat(listeners).as("outcome listener of %s", end.getId()).contains("start ${recordOutcomeListener}");
            assertThat(ExtensionProperties.find(end, StageOutcome.STAGE_OUTCOME_PROPERTY))
                    .as("declared outcome of %s", end.getId()).hasValueSatisfying(o -> assertThat(OUTCOMES).contains(o));
        }
    }

    private static BpmnModelInstance read(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);
        return model;
    }

    private static Process process(BpmnModelInstance model) {
        List<Process> processes = List.copyOf(model.getModelElementsByType(Process.class));
        assertThat(processes).hasSize(1);
        return processes.get(0);
    }

    private static boolean isUnnamedJoin(FlowElement element) {
        return element instanceof ExclusiveGateway gateway && gateway.getOutgoing().size() == 1
                && gateway.getName() == null;
    }
}
