package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.DemoUsers;

/**
 * Experts read the blind view: the professional record without name, unit, ID number or phone, the
 * applicant's and the unit's names replaced by "XXX" in every text, pages without file names.
 */
@H2IntegrationTest
class BlindViewH2Test {

    private static final String UNIT_NAME = "新疆天山有色金属设计研究院";
    private static final String EXPERT = "zjxj01";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void expertsReadTheRecordWithNameAndUnitReplacedByXxx() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String idNumber = ApplicationFixtures.freshIdNumber();
        String no = DeclaredApplications.draft(api, json, idNumber, form -> {
            form.withArray("/achievements").addObject().put("title", UNIT_NAME + "选矿试验平台建设")
                    .put("from", "2022-01-01").put("to", "2023-06-30").put("role", "负责人")
                    .put("description", "张伟在" + UNIT_NAME + "牵头搭建试验平台，张伟负责总体方案。");
            form.withArray("/papers").addObject().put("title", "浮选柱在铜矿的应用").put("journal", UNIT_NAME + "学报")
                    .put("date", "2021-03-01").put("authorRank", "第一作者");
        });
        assertThat(api.get(EXPERT, "/api/applications/" + no + "/blind").getStatusCode())
                .as("nobody but the applicant sees a draft").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post(DeclaredApplications.APPLICANT, "/api/applications/" + no + "/submit", null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get(EXPERT, "/api/applications/" + no + "/blind").getStatusCode())
                .as("no expert reads it before a meeting opens its vote").isEqualTo(HttpStatus.FORBIDDEN);
        new CampaignRunner(rest, engine).runUntil(no, "expert_vote");

        ResponseEntity<JsonNode> blind = api.get(EXPERT, "/api/applications/" + no + "/blind");

        assertThat(blind.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = blind.getBody();
        assertThat(view.path("applicationNo").asText()).isEqualTo(no);
        assertThat(view.path("levelLabel").asText()).isEqualTo("正高级");
        assertThat(view.path("specialty").asText()).isEqualTo("有色金属");
        JsonNode added = view.path("achievements").get(view.path("achievements").size() - 1);
        assertThat(added.path("title").asText()).isEqualTo("XXX选矿试验平台建设");
        assertThat(added.path("description").asText()).isEqualTo("XXX在XXX牵头搭建试验平台，XXX负责总体方案。");
        assertThat(view.path("papers").findValuesAsText("journal")).contains("XXX学报");
        assertThat(view.path("workHistory").findValuesAsText("unit")).isNotEmpty().containsOnly("XXX");
        assertThat(view.path("pages").size()).isPositive();
        String text = view.toString();
        assertThat(text).doesNotContain("张伟").doesNotContain(UNIT_NAME).doesNotContain(idNumber)
                .doesNotContain(idNumber.substring(6, 14)).doesNotContain("13899990000")
                .doesNotContain("650100001").doesNotContain("107551200705000123").doesNotContain(".jpg");
        assertThat(view.has("name")).isFalse();
        assertThat(view.has("idNumber")).isFalse();

        assertThat(api.get(EXPERT, "/api/applications/" + no).getStatusCode())
                .as("the full application stays closed to experts").isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode audit = EngineRest.get(rest, "admin", DemoUsers.ADMIN_PASSWORD, "/api/audit?applicationNo=" + no,
                JsonNode.class).getBody();
        assertThat(audit.path("events").findValuesAsText("action")).contains("VIEW_BLIND_REVIEW");
    }

    @Test
    void otherApplicantsAreRefusedAndUnknownApplicationsAre404() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String no = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());

        assertThat(api.get("sbys01", "/api/applications/" + no + "/blind").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get(DeclaredApplications.APPLICANT, "/api/applications/" + no + "/blind").getStatusCode())
                .as("the applicant previews what the experts read").isEqualTo(HttpStatus.OK);
        assertThat(api.get(EXPERT, "/api/applications/XJ0000000000/blind").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyTheExpertsOfTheNoticesCommitteeReadTheRecordAndThePages() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String no = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
        new CampaignRunner(rest, engine).runUntil(no, "expert_vote");
        String page = api.get(EXPERT, "/api/applications/" + no + "/blind").getBody().path("pages").get(0)
                .path("id").asText();

        assertThat(download(EXPERT, page)).as("an expert of the senior committee").isEqualTo(HttpStatus.OK);
        // zjys01 sits on the non-ferrous committee, zjaks01 on Akesu's
        for (String other : List.of("zjys01", "zjaks01")) {
            assertThat(api.get(other, "/api/applications/" + no + "/blind").getStatusCode()).as(other)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(download(other, page)).as(other).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    private HttpStatusCode download(String user, String attachmentId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, ApplicationFixtures.PASSWORD, StandardCharsets.UTF_8);
        return rest.exchange("/api/attachments/" + attachmentId, HttpMethod.GET, new HttpEntity<>(headers), byte[].class)
                .getStatusCode();
    }
}
