package cn.xj.titlereview.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

class BackStageFormsTest {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    static final List<String> FILES = BackStageForms.FILES;

    @ParameterizedTest(name = "{0}")
    @FieldSource("FILES")
    void isACamundaPlatformFormNamedAfterItsFileWithChineseLabels(String file) throws IOException {
        JsonNode form = BackStageForms.read(file);

        assertThat(form.path("id").asText()).isEqualTo(file.replace(".form", ""));
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        // the form-js viewer bundled with the 7.24 Tasklist reads schema versions up to 16
        assertThat(form.path("schemaVersion").asInt()).isBetween(1, 16);
        for (JsonNode field : fields(form)) {
            if (field.has("key")) {
                assertThat(field.path("label").asText()).as(field.path("id").asText()).containsPattern(CHINESE);
            }
            for (JsonNode option : field.path("values")) {
                assertThat(option.path("label").asText()).containsPattern(CHINESE);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("FILES")
    void showsTheApplicationOnlyReadOnlyAndNeverANameOrUnit(String file) throws IOException {
        for (JsonNode field : fields(BackStageForms.read(file))) {
            String key = field.path("key").asText("");
            assertThat(key).doesNotContainIgnoringCase("name").doesNotContainIgnoringCase("unit")
                    .doesNotContainIgnoringCase("idNumber").doesNotContainIgnoringCase("phone");
            if (List.of("applicationNo", "level", "specialty", "defenseReason").contains(key)) {
                assertThat(field.path("disabled").asBoolean()).as("%s is read-only (not submitted)", key).isTrue();
            }
        }
    }

    @Test
    void theExpertSeesTheBlindViewOnly() throws IOException {
        List<String> keys = fields(BackStageForms.read("expert-vote.form")).stream()
                .filter(field -> field.has("key")).map(field -> field.path("key").asText()).toList();

        assertThat(keys).containsExactlyInAnyOrder("applicationNo", "level", "specialty", "vote");
    }

    @Test
    void decisionsOfferExactlyTheContractValues() throws IOException {
        for (String file : List.of("committee-paper-received.form", "result-objection-review.form", "hr-confirm.form")) {
            JsonNode decision = fields(BackStageForms.read(file)).stream()
                    .filter(field -> "decision".equals(field.path("key").asText())).findFirst().orElseThrow();
            assertThat(decision.path("values").findValuesAsText("value")).as(file).containsExactlyInAnyOrder("APPROVE", "REJECT");
            assertThat(decision.path("validate").path("required").asBoolean()).isTrue();
        }
        JsonNode vote = fields(BackStageForms.read("expert-vote.form")).stream()
                .filter(field -> "vote".equals(field.path("key").asText())).findFirst().orElseThrow();
        assertThat(vote.path("values").findValuesAsText("value")).containsExactly("FOR", "AGAINST", "ABSTAIN");
    }

    private static List<JsonNode> fields(JsonNode form) {
        List<JsonNode> fields = new ArrayList<>();
        form.path("components").forEach(fields::add);
        return fields;
    }
}
