package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.DemoUsers;

/**
 * The applicant's declaration through the product API starts the real notice's campaign: inside
 * the declaration window the unit's reviewer gets the task with the notice's parameters; outside it
 * the submission is refused with the window in Chinese and nothing changes.
 */
@H2IntegrationTest
class DeclarationStartsTheCampaignH2Test {

    static final String APPLICANT = "sbxj01";
    static final String NOTICE = "notice-2024-xj-senior-five-series";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void submittingInsideTheWindowStartsTheNoticeProcessForTheUnitReviewer() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String no = draftFor(api);

        ResponseEntity<JsonNode> submitted = api.post(APPLICANT, "/api/applications/" + no + "/submit", null);

        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(submitted.getBody().path("status").asText()).isEqualTo("SUBMITTED");
        List<Map<String, Object>> tasks = new CampaignDriver(rest).tasks("dwxj01", no);
        assertThat(tasks).extracting(t -> t.get("taskDefinitionKey")).containsExactly("unit_review");
        Map<String, Object> variables = runtimeService.getVariables(
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no)
                        .processDefinitionKey(NOTICE).singleResult().getId());
        assertThat(variables).containsEntry("unitGroup", "unit650100001").containsEntry("committeeGroup", "committee650101")
                .containsEntry("submissionLimit", 3).containsEntry("fixWindows", "PT48H,PT24H")
                .containsKeys("paymentDeadline", "expertUserIds", "hrbGroup");

        // the unit returns it: the applicant sees the status and every reason through the API
        new CampaignDriver(rest).returnForRevision("dwxj01", no, "unit_review", "现职称证书扫描件不清晰", "工作总结未遮盖单位名称");
        JsonNode returned = api.get(APPLICANT, "/api/applications/" + no).getBody();
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("decisions").get(0).path("decision").asText()).isEqualTo("RETURN");
        assertThat(returned.path("decisions").get(0).toString()).contains("现职称证书扫描件不清晰", "工作总结未遮盖单位名称");
        // the first fix window of the notice, 48 hours, as the engine's timer counts it
        assertThat(Instant.parse(returned.path("reviseBy").asText())).isEqualTo(Instant.parse("2024-09-04T02:00:00Z"));
        assertThat(submitted.getBody().path("reviseBy").isNull()).as("no deadline outside a revision").isTrue();
    }

    @Test
    void submittingAfterTheDeclarationCloseIsRefusedWithTheWindow() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String no = draftFor(api);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-10-11T02:00:00Z")));

        ResponseEntity<JsonNode> refused = api.post(APPLICANT, "/api/applications/" + no + "/submit", null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().toString()).contains("当前不在申报时间内");
        assertThat(api.get(APPLICANT, "/api/applications/" + no).getBody().path("status").asText()).isEqualTo("DRAFT");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no).count()).isZero();
    }

    @Test
    void aFirstSubmissionFailingAConditionNoRevisionCanFixEndsIneligibleWithEveryReason() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String no = draftFor(api);
        // 副高级 held three years by the cut-off: 正高级 needs five (decision table title-seniority)
        JsonNode form = api.get(APPLICANT, "/api/applications/" + no).getBody().path("form");
        ((ObjectNode) form.path("currentTitle")).put("obtainedOn", "2021-12-20");
        assertThat(api.put(APPLICANT, "/api/applications/" + no, form).getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode check = api.get(APPLICANT, "/api/applications/" + no + "/eligibility").getBody();
        assertThat(check.path("eligible").asBoolean()).isFalse();
        assertThat(check.path("problems")).singleElement().satisfies(p -> {
            assertThat(p.path("field").asText()).isEqualTo("currentTitle.obtainedOn");
            assertThat(p.path("fixable").asBoolean()).isFalse();
            assertThat(p.path("message").asText()).isEqualTo("取得现职称至2024-10-10仅2年9个月，申报正高级须满5年");
        });

        ResponseEntity<JsonNode> submitted = api.post(APPLICANT, "/api/applications/" + no + "/submit", null);

        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
        JsonNode after = api.get(APPLICANT, "/api/applications/" + no).getBody();
        assertThat(after.path("status").asText()).isEqualTo("INELIGIBLE");
        assertThat(after.path("decisions").get(0).path("taskKey").asText()).isEqualTo("check_eligibility");
        assertThat(after.path("decisions").get(0).toString()).contains("申报正高级须满5年", "人社部发〔2019〕16号");
        assertThat(new CampaignDriver(rest).tasks("dwxj01", no)).isEmpty();
    }

    @Test
    void aBanRecordedByTheAdministratorRefusesThePersonAtThePreCheck() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String idNumber = ApplicationFixtures.freshIdNumber();
        String no = DeclaredApplications.draft(api, json, idNumber);

        ResponseEntity<JsonNode> bad = admin("/api/admin/bans", Map.of("idNumber", "650102199001011234",
                "startsOn", "2024-01-01", "endsOn", "2023-01-01"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Api.problems(bad)).contains("idNumber:校验码", "endsOn:顺序", "reason:必填", "documentNo:必填");
        assertThat(api.post(APPLICANT, "/api/admin/bans", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> recorded = admin("/api/admin/bans", Map.of("idNumber", idNumber,
                "startsOn", "2024-01-01", "endsOn", "2026-12-31", "blacklisted", true,
                "reason", "申报材料弄虚作假", "documentNo", "新人社函〔2023〕88号"));
        assertThat(recorded.getStatusCode()).as(String.valueOf(recorded.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(recorded.getBody().path("idNumberMasked").asText()).contains("********").doesNotContain(idNumber);

        JsonNode check = api.get(APPLICANT, "/api/applications/" + no + "/eligibility").getBody();
        assertThat(check.path("eligible").asBoolean()).isFalse();
        assertThat(check.path("problems").toString()).contains("禁报期", "2026-12-31前不得申报", "新人社函〔2023〕88号");
    }

    private ResponseEntity<JsonNode> admin(String path, Object body) {
        return EngineRest.post(rest, "admin", DemoUsers.ADMIN_PASSWORD, path, body, JsonNode.class);
    }

    private String draftFor(Api api) {
        return DeclaredApplications.draft(api, json, ApplicationFixtures.freshIdNumber());
    }
}
