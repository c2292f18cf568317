package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * Through the product API: what the notice waives, the submission does not demand (a village worker of the
 * 2024 senior notice submits without a year of continuing education; the same applicant without village work
 * is refused, naming the clause), and every problem of the form in the pre-check names its clause.
 */
@H2IntegrationTest
class FormWaiversH2Test {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    Api api;

    @BeforeEach
    void insideTheSeniorNoticesWindow() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        api = new Api(rest);
    }

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void aVillageWorkerSubmitsWithoutContinuingEducation() {
        String no = DeclaredApplications.draft(api, json, ApplicationFixtures.freshIdNumber(), form -> {
            form.withObject("/situation").put("villageWork", true);
            form.putArray("continuingEducation");
        });
        JsonNode check = api.get(DeclaredApplications.APPLICANT, "/api/applications/" + no + "/eligibility").getBody();
        assertThat(check.path("problems")).isEmpty();
        assertThat(check.path("materials").findValuesAsText("id")).contains("continuing-education-exemption")
                .doesNotContain("continuing-education-certificates");

        ResponseEntity<JsonNode> submitted = api.post(DeclaredApplications.APPLICANT, "/api/applications/" + no + "/submit", null);

        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(submitted.getBody().path("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void withoutVillageWorkTheSameFormIsRefusedNamingTheClause() {
        String no = DeclaredApplications.draft(api, json, ApplicationFixtures.freshIdNumber());
        JsonNode form = api.get(DeclaredApplications.APPLICANT, "/api/applications/" + no).getBody().path("form");
        ((ObjectNode) form).putArray("continuingEducation");
        ((ObjectNode) form).putNull("ethnicity");
        assertThat(api.put(DeclaredApplications.APPLICANT, "/api/applications/" + no, form).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        JsonNode check = api.get(DeclaredApplications.APPLICANT, "/api/applications/" + no + "/eligibility").getBody();
        assertThat(check.path("problems")).allSatisfy(p -> assertThat(p.path("clause").asText()).isNotBlank());
        assertThat(check.path("problems")).anySatisfy(p -> {
            assertThat(p.path("field").asText()).isEqualTo("continuingEducation");
            assertThat(p.path("rule").asText()).isEqualTo("必填");
            assertThat(p.path("message").asText()).isEqualTo("请至少填写一条继续教育");
            assertThat(p.path("clause").asText()).isEqualTo("第四条第（一）款第7项");
        });
        assertThat(check.path("problems")).anySatisfy(p -> {
            assertThat(p.path("field").asText()).isEqualTo("ethnicity");
            assertThat(p.path("clause").asText()).isEqualTo("第六条");
        });

        ResponseEntity<JsonNode> refused = api.post(DeclaredApplications.APPLICANT, "/api/applications/" + no + "/submit", null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").toString())
                .contains("请至少填写一条继续教育（依据：第四条第（一）款第7项）", "请填写民族（依据：第六条）");
    }
}
