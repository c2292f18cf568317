package cn.xj.titlereview.document.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.xj.titlereview.application.ApplicationTestSupport;
import cn.xj.titlereview.document.DocumentDownloads;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * The Word documents of a 2024 senior application of 张伟 (sbxj01, 新疆天山有色金属设计研究院: unit dwxj01,
 * competent department zgxj01): each goes to its issuer only, carries the frozen submission in the
 * notice's wording, and every download by someone else is audited.
 */
@H2IntegrationTest
class WordDocumentsH2Test {

    static final String APPLICANT = "sbxj01";
    static final String UNIT = "dwxj01";
    static final String COMPETENT = "zgxj01";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    RepositoryService repositoryService;

    ApplicationTestSupport applications;
    DocumentDownloads downloads;

    @BeforeEach
    void inTheSeniorNoticesWindow() {
        applications = new ApplicationTestSupport(rest, repositoryService);
        downloads = new DocumentDownloads(rest);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
    }

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void eachDocumentGoesToItsIssuerAndSupervisionOnly() {
        String no = applications.submittedSeniorApplication(json);

        assertFetchers(no, "pledge", APPLICANT, "jdxj01", "admin");
        assertFetchers(no, "recommendation", UNIT, "jdxj01", "admin");
        assertFetchers(no, "integrity", UNIT, "jdxj01", "admin");
        // the competent department's opinion follows the unit's recommendation
        assertThat(status(COMPETENT, no, "competent-recommendation")).isEqualTo(HttpStatus.CONFLICT);
        assertThat(downloads.error(downloads.get(COMPETENT, path(no, "competent-recommendation")))
                .path("message").asText()).isEqualTo("用人单位尚未审核推荐，暂不能生成主管部门推荐意见");
        new CampaignDriver(rest).approve(UNIT, no, "unit_review");
        assertFetchers(no, "competent-recommendation", COMPETENT, "jdxj01", "admin");
    }

    @Test
    void anExpertGetsNoDocumentUnderTheBlindRule() {
        String no = applications.submittedSeniorApplication(json);

        for (String kind : List.of("pledge", "recommendation", "integrity", "competent-recommendation")) {
            ResponseEntity<byte[]> refused = downloads.get("zjxj01", path(no, kind));
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            JsonNode error = downloads.error(refused);
            assertThat(error.path("message").asText()).isEqualTo("评审专家不能获取申报人的文书（盲评）");
            assertThat(error.path("errors").isArray()).isTrue();
        }
    }

    @Test
    void unknownApplicationsAndKindsAreNotFoundAndADraftHasNoDocumentYet() {
        String draft = applications.seniorDraft(json);

        assertThat(status(APPLICANT, "ZC2024-999999", "pledge")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(downloads.error(downloads.get(APPLICANT, path("ZC2024-999999", "pledge"))).path("message").asText())
                .isEqualTo("申报不存在");
        assertThat(status(APPLICANT, draft, "resume")).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<byte[]> early = downloads.get(APPLICANT, path(draft, "pledge"));
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(downloads.error(early).path("message").asText()).isEqualTo("申报尚未提交，提交后才能生成个人承诺书");
        assertThat(status(UNIT, draft, "recommendation")).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status("dwaks01", draft, "recommendation")).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theDocumentsCarryTheSubmissionInTheNoticesWording() {
        String no = applications.submittedSeniorApplication(json);
        new CampaignDriver(rest).approve(UNIT, no, "unit_review");

        String recommendation = text(UNIT, no, "recommendation");
        String integrity = text(UNIT, no, "integrity");
        String competent = text(COMPETENT, no, "competent-recommendation");
        String pledge = text(APPLICANT, no, "pledge");

        assertThat(recommendation).contains("单位推荐意见", no, "张伟", "男", "汉族", "中共党员", "高级工程师",
                        "新疆天山有色金属设计研究院", "工程系列有色金属专业正高级",
                        "本单位已对提供的申报材料逐一审核，真实、完整、有效，同意推荐张伟同志申报工程系列有色金属专业正高级职称。",
                        "新疆天山有色金属设计研究院（公章）", "2024年")
                .doesNotContain("{{").doesNotContain("}}");
        assertThat(competent).contains("关于张伟同志申报工程系列有色金属专业正高级\n职称的推荐意见",
                        "经审核，同意推荐张伟同志申报工程系列有色金属专业正高级职称。", "自治区有色金属行业主管部门（公章）")
                .doesNotContain("{{");
        assertThat(integrity).contains("廉政情况证明", "兹有张伟同志系新疆天山有色金属设计研究院职工，聘现职以来，未受到党纪政纪处理",
                        "有（无）政治纪律、党风廉政方面的问题线索反映。", "特此证明。", "（纪检部门）（盖章）")
                .doesNotContain("{{");
        assertThat(pledge).contains("个人承诺书", "张伟", "新疆天山有色金属设计研究院",
                        "本人承诺以上填报的内容和提交的材料完全真实有效，且网上填报与送审报表内容完全一致。",
                        "并从申报年度下一年度起3年内，不得申报专业技术资格。", "承诺人：（手写签名）")
                .containsPattern("650102\\*{8}\\d{3}[0-9X]")
                .doesNotContain("{{");
    }

    @Test
    void theDocumentsShowTheFrozenSubmissionNotTheRevisionInProgress() {
        String no = applications.submittedSeniorApplication(json);
        new CampaignDriver(rest).returnForRevision(UNIT, no, "unit_review", "业绩材料未遮盖单位名称");
        JsonNode current = EngineRest.get(rest, APPLICANT, DemoUsers.PASSWORD,
                "/api/applications/" + no, JsonNode.class).getBody();
        ObjectNode revised = ((ObjectNode) current.path("form").deepCopy()).put("ethnicity", "回族");
        HttpHeaders headers = EngineRest.headers(APPLICANT, DemoUsers.PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.exchange("/api/applications/" + no, HttpMethod.PUT, new HttpEntity<>(revised, headers),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(text(UNIT, no, "recommendation")).contains("汉族").doesNotContain("回族");
    }

    @Test
    void downloadsByOthersThanTheApplicantAreAudited() {
        String no = applications.submittedSeniorApplication(json);

        text(APPLICANT, no, "pledge");
        text(UNIT, no, "integrity");

        JsonNode audit = EngineRest.get(rest, "jdxj01", DemoUsers.PASSWORD,
                "/api/audit?applicationNo=" + no, JsonNode.class).getBody();
        List<String> documentEvents = new java.util.ArrayList<>();
        audit.path("events").forEach(e -> {
            if ("VIEW_DOCUMENT".equals(e.path("action").asText())) {
                documentEvents.add(e.path("actor").asText() + ":" + e.path("detail").asText());
            }
        });
        assertThat(documentEvents).containsExactly("dwxj01:下载廉政情况证明（Word）");
    }

    private void assertFetchers(String no, String kind, String... allowed) {
        List<String> granted = List.of(allowed);
        for (String user : List.of(APPLICANT, UNIT, COMPETENT, "pwxj01", "hrbxj01", "zjxj01", "jdxj01", "admin",
                "dwaks01", "zgaks01", "sbys01")) {
            HttpStatus expected = granted.contains(user) ? HttpStatus.OK : HttpStatus.FORBIDDEN;
            assertThat(status(user, no, kind)).as("%s: %s", user, kind).isEqualTo(expected);
        }
    }

    private HttpStatus status(String user, String no, String kind) {
        return HttpStatus.valueOf(downloads.get(user, path(no, kind)).getStatusCode().value());
    }

    private String text(String user, String no, String kind) {
        ResponseEntity<byte[]> response = downloads.get(user, path(no, kind));
        assertThat(response.getStatusCode()).as(user + " " + kind).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).endsWith(no + ".docx");
        DocxText.keep(kind, response.getBody());
        return DocxText.of(response.getBody());
    }

    private static String path(String no, String kind) {
        return "/api/applications/" + no + "/documents/" + kind + ".docx";
    }
}
