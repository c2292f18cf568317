package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.xj.titlereview.attachment.TestImages;

/** A complete senior five-series declaration of sbxj01 with its required pages, ready to submit. */
final class DeclaredApplications {

    static final String APPLICANT = "sbxj01";
    static final String NOTICE = "notice-2024-xj-senior-five-series";

    private DeclaredApplications() {
    }

    static String draft(Api api, ObjectMapper json, String idNumber) {
        return draft(api, json, idNumber, form -> { });
    }

    /** The same declaration with a change of the test's own before it is sent. */
    static String draft(Api api, ObjectMapper json, String idNumber, Consumer<ObjectNode> change) {
        ObjectNode form = json.valueToTree(ApplicationFixtures.complete(idNumber));
        form.put("noticeId", NOTICE);
        form.put("level", "SENIOR_FULL");
        form.withObject("/pledge").put("date", "2024-09-01");
        // 正高级: a 副高级 title held five years by the cut-off, and public continuing education from 2020
        form.withObject("/currentTitle").put("name", "高级工程师").put("level", "SENIOR_DEPUTY")
                .put("obtainedOn", "2017-12-20");
        form.withArray("/continuingEducation").addObject().put("year", 2020).put("publicHours", 30)
                .put("professionalHours", 40);
        change.accept(form);
        ResponseEntity<JsonNode> created = api.post(APPLICANT, "/api/applications", form);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String no = created.getBody().path("applicationNo").asText();
        uploadEveryMaterialAsked(api, no);
        JsonNode check = api.get(APPLICANT, "/api/applications/" + no + "/eligibility").getBody();
        assertThat(check.path("submittable").asBoolean()).as(check.toString()).isTrue();
        return no;
    }

    /** Uploads one page for each material the pre-check asks of this applicant and settles its masking. */
    static void uploadEveryMaterialAsked(Api api, String no) {
        JsonNode check = api.get(APPLICANT, "/api/applications/" + no + "/eligibility").getBody();
        for (JsonNode material : check.path("materials")) {
            if (material.path("uploaded").asBoolean()) {
                continue;
            }
            String category = material.path("id").asText();
            ResponseEntity<JsonNode> page = api.upload(APPLICANT, no, category, category + ".jpg", TestImages.jpg(120, 90));
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(api.post(APPLICANT, "/api/attachments/" + page.getBody().path("id").asText() + "/masks",
                    Map.of("needsMasking", false)).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }

    static String submitted(Api api, ObjectMapper json, String idNumber) {
        String no = draft(api, json, idNumber);
        ResponseEntity<JsonNode> submitted = api.post(APPLICANT, "/api/applications/" + no + "/submit", null);
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
        return no;
    }
}
