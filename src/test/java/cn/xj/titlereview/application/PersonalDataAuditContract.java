package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.EngineRest;

/**
 * Every view of personal data and every decision on a review task is in the audit log, without the
 * personal data itself; only supervisors and administrators read the log, and nobody changes it.
 * Run on H2 by {@link PersonalDataAuditH2Test} and on the MySQL-family server by
 * {@link PersonalDataAuditMariaDbIT}.
 */
abstract class PersonalDataAuditContract {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void viewsOfPersonalDataAndReviewDecisionsAreAuditedWithoutThePersonalData() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String idNumber = ApplicationFixtures.freshIdNumber();
        String no = DeclaredApplications.submitted(api, json, idNumber);

        assertThat(api.get(DeclaredApplications.APPLICANT, "/api/applications/" + no).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("dwxj01", "/api/applications/" + no).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("hrbxj01", "/api/applications/" + no + "/id-number").getBody().path("idNumber").asText())
                .isEqualTo(idNumber);
        new CampaignDriver(rest).returnForRevision("dwxj01", no, "unit_review", "请补充论文");

        List<JsonNode> events = events("jdxj01", no);
        assertThat(events).extracting(e -> e.path("action").asText() + " " + e.path("actor").asText())
                .containsExactly("VIEW_APPLICATION dwxj01", "VIEW_ID_NUMBER hrbxj01", "TASK_DECISION dwxj01");
        assertThat(events.get(2).path("detail").asText()).contains("unit_review").contains("RETURN");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.path("applicationNo").asText()).isEqualTo(no);
            assertThat(e.toString()).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14))
                    .doesNotContain("张").doesNotContain("请补充论文");
        });
        assertThat(events).extracting(e -> e.path("id").asLong()).isSorted();
    }

    @Test
    void theAdministratorReadsTheLogAndOthersAreRefused() {
        ResponseEntity<JsonNode> admin = EngineRest.get(rest, "admin", "Xj#Pingshen2024", "/api/audit?page=0", JsonNode.class);
        ResponseEntity<JsonNode> reviewer = new Api(rest).get("dwxj01", "/api/audit");
        ResponseEntity<JsonNode> applicant = new Api(rest).get(DeclaredApplications.APPLICANT, "/api/audit");
        ResponseEntity<String> anonymous = rest.getForEntity("/api/audit", String.class);

        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getBody().path("size").asInt()).isEqualTo(50);
        assertThat(reviewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(applicant.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theLogCannotBeChangedThroughTheApi() {
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
            ResponseEntity<String> response = rest.exchange("/api/audit", method,
                    new org.springframework.http.HttpEntity<>(EngineRest.headers("admin", "Xj#Pingshen2024")), String.class);
            assertThat(response.getStatusCode().is2xxSuccessful()).as(method.name()).isFalse();
        }
    }

    private List<JsonNode> events(String user, String no) {
        ResponseEntity<JsonNode> page = new Api(rest).get(user, "/api/audit?applicationNo=" + no + "&page=0");
        assertThat(page.getStatusCode()).as(String.valueOf(page.getBody())).isEqualTo(HttpStatus.OK);
        List<JsonNode> events = new ArrayList<>();
        page.getBody().path("events").forEach(events::add);
        return events;
    }
}
