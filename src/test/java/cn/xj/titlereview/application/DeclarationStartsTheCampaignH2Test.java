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
import cn.xj.titlereview.support.H2IntegrationTest;

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

    private String draftFor(Api api) {
        ObjectNode form = json.valueToTree(ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber()));
        form.put("noticeId", NOTICE);
        form.put("level", "SENIOR_FULL");
        form.withObject("/pledge").put("date", "2024-09-01");
        ResponseEntity<JsonNode> created = api.post(APPLICANT, "/api/applications", form);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String no = created.getBody().path("applicationNo").asText();
        for (String category : List.of("id-card", "photo")) {
            ResponseEntity<JsonNode> page = api.upload(APPLICANT, no, category, category + ".jpg",
                    cn.xj.titlereview.attachment.TestImages.jpg(120, 90));
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(api.post(APPLICANT, "/api/attachments/" + page.getBody().path("id").asText() + "/masks",
                    Map.of("needsMasking", false)).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        return no;
    }
}
