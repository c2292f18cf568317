package cn.xj.titlereview.process;

import cn.xj.titlereview.notice.process.DirectRecognitionProcess;
import cn.xj.titlereview.notice.process.AkesuCoalNoticeProcess;
import cn.xj.titlereview.notice.process.HamiAllSeriesNoticeProcess;
import cn.xj.titlereview.notice.process.HejingInitialJuniorNoticeProcess;
import cn.xj.titlereview.notice.process.NonferrousNoticeProcess;
import cn.xj.titlereview.notice.process.SeniorFiveSeriesNoticeProcess;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The stage and notice models of the review flow follow the project's conventions: process id equals
 * file name, executable with a history time-to-live, meaningful ids, Chinese names, a diagram for every
 * element, and every referenced Camunda form deployed from processes/forms with that id.
 */
class FrontModelConventionsTest {

    private static final Pattern GENERATED_ID = Pattern.compile(
            "^(Activity|Flow|Gateway|Event|StartEvent|EndEvent|Task|Process|SubProcess|Timer|Message|Error|"
                    + "TimerEventDefinition|MessageEventDefinition|ErrorEventDefinition|Definitions|sid)[_-].*");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Path FORMS = Path.of("processes/forms");

    static Stream<Path> models() throws IOException {
        return Stream.of(
                        UnitReviewProcess.RESOURCE, CompetentRecommendProcess.RESOURCE, CommitteeIntakeProcess.RESOURCE,
                        SeniorFiveSeriesNoticeProcess.RESOURCE, NonferrousNoticeProcess.RESOURCE,
                        AkesuCoalNoticeProcess.RESOURCE, HamiAllSeriesNoticeProcess.RESOURCE,
                        HejingInitialJuniorNoticeProcess.RESOURCE, DirectRecognitionProcess.NONFERROUS_2021_RESOURCE,
                        DirectRecognitionProcess.HAMI_2023_RESOURCE)
                .map(Path::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void modelFollowsTheConventions(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Process process = model.getModelElementsByType(Process.class).iterator().next();

        assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(HAN.matcher(process.getName()).find()).as("Chinese process name").isTrue();

        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            if (element.getId() != null) {
                assertThat(element.getId()).as("meaningful id").doesNotMatch(GENERATED_ID);
            }
        }
        Set<String> drawn = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            assertThat(drawn).as("diagram of %s", element.getId()).contains(element.getId());
            if (element instanceof FlowNode && !isUnnamedJoin(element)) {
                assertThat(element.getName()).as("name of %s", element.getId()).isNotBlank();
                assertThat(HAN.matcher(element.getName()).find()).as("Chinese name of %s", element.getId()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyReferencedFormIsDeployedWithThatId(Path file) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        ObjectMapper json = new ObjectMapper();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String formRef = task.getCamundaFormRef();
            assertThat(formRef).as("form of %s", task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("latest");
            Path form = FORMS.resolve(formRef + ".form");
            assertThat(form).exists();
            JsonNode schema = json.readTree(Files.readString(form));
            assertThat(schema.path("id").asText()).isEqualTo(formRef);
            List<String> keys = schema.path("components").findValuesAsText("key");
            if (task.getCamundaCandidateGroups() != null) {
                assertThat(keys).as("review form %s", formRef).contains("decision", "comment");
            }
        }
    }

    private static boolean isUnnamedJoin(FlowElement element) {
        return element instanceof org.camunda.bpm.model.bpmn.instance.ExclusiveGateway gateway
                && gateway.getOutgoing().size() == 1 && gateway.getName() == null
                && gateway.getOutgoing().stream().map(SequenceFlow::getTarget).count() == 1;
    }
}
