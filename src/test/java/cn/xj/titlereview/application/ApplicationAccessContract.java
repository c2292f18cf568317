package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
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

import cn.xj.titlereview.support.CampaignDriver;

/**
 * Units, competent departments, committee offices, HR bureaus and experts read only the
 * applications their process routes to them: a 2024 senior application of 新疆天山有色金属设计研究院
 * (competent 650100, committee 650101, bureau 650000) against the same roles of other units,
 * regions and notices, on the application, its pages, its blind view and the full ID number. Run
 * on H2 ({@link ApplicationAccessH2Test}) and the MySQL-family server ({@link ApplicationAccessMariaDbIT}).
 */
abstract class ApplicationAccessContract {

    /** Everything a reader may ask of one application. */
    enum Read { DETAILS, PAGES, PAGE, BLIND, ID_NUMBER }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    RuntimeService runtimeService;

    Api api;

    @BeforeEach
    void submitInTheWindow() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        api = new Api(rest);
    }

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void eachRoleOfTheApplicationReadsWhatItNeedsAndTheSameRolesElsewhereNothing() {
        String no = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
        String page = firstPage(no);

        assertReads("dwxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND);
        assertReads("zgxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND);
        assertReads("pwxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND, Read.ID_NUMBER);
        assertReads("hrbxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND, Read.ID_NUMBER);
        assertReads("zjxj01", no, page, Read.PAGES, Read.PAGE, Read.BLIND);
        assertReads("jdxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND);
        // another region's unit, competent departments and bureaus; the committees and experts of other notices
        for (String outsider : List.of("dwaks01", "dwhm01", "zgaks01", "zghm01", "pwys01", "pwaks01", "pwhm01",
                "hrbaks01", "hrbhm01", "zjys01", "zjaks01", "sbys01")) {
            assertReads(outsider, no, page);
        }
    }

    @Test
    void theProcessDecidesWhichCommitteeReads() {
        String no = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
        String page = firstPage(no);
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no)
                .processDefinitionKey(DeclaredApplications.NOTICE).singleResult().getId();

        // what the start sets for a letter delegating the evaluation to the non-ferrous committee
        runtimeService.setVariables(instance, Map.of("committeeGroup", "committee650201", "expertGroup", "expert650201"));

        assertReads("pwys01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND, Read.ID_NUMBER);
        assertReads("zjys01", no, page, Read.PAGES, Read.PAGE, Read.BLIND);
        assertReads("pwxj01", no, page);
        assertReads("zjxj01", no, page);
        assertReads("hrbxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND, Read.ID_NUMBER);
    }

    @Test
    void aFinishedApplicationKeepsItsReadersFromTheProcessHistory() {
        String no = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
        String page = firstPage(no);
        new CampaignDriver(rest).reject("dwxj01", no, "unit_review");
        assertThat(api.get(DeclaredApplications.APPLICANT, "/api/applications/" + no).getBody().path("status").asText())
                .isEqualTo("REJECTED");

        assertReads("dwxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND);
        assertReads("hrbxj01", no, page, Read.DETAILS, Read.PAGES, Read.PAGE, Read.BLIND, Read.ID_NUMBER);
        assertReads("dwaks01", no, page);
        assertReads("pwaks01", no, page);
    }

    @Test
    void expertsListThePagesWithoutFileNamesAndDownloadThemUnderTheirCategory() {
        String no = DeclaredApplications.draft(api, json, ApplicationFixtures.freshIdNumber());
        ResponseEntity<JsonNode> named = api.upload(DeclaredApplications.APPLICANT, no, "diploma", "张伟的学位证书.jpg",
                cn.xj.titlereview.attachment.TestImages.jpg(120, 90));
        String id = named.getBody().path("id").asText();
        api.post(DeclaredApplications.APPLICANT, "/api/attachments/" + id + "/masks", Map.of("needsMasking", false));
        assertThat(api.post(DeclaredApplications.APPLICANT, "/api/applications/" + no + "/submit", null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode expertsList = api.get("zjxj01", "/api/applications/" + no + "/attachments").getBody();
        ResponseEntity<byte[]> expertsCopy = api.download("zjxj01", "/api/attachments/" + id);
        ResponseEntity<byte[]> unitsCopy = api.download("dwxj01", "/api/attachments/" + id);

        assertThat(expertsList.findValuesAsText("id")).contains(id);
        assertThat(expertsList.toString()).doesNotContain("张伟").doesNotContain("originalName\":\"");
        assertThat(expertsCopy.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(expertsCopy.getHeaders().getContentDisposition().getFilename()).isEqualTo("diploma.jpg");
        assertThat(unitsCopy.getHeaders().getContentDisposition().getFilename()).isEqualTo("张伟的学位证书.jpg");
    }

    private String firstPage(String no) {
        return api.get(DeclaredApplications.APPLICANT, "/api/applications/" + no + "/attachments").getBody()
                .get(0).path("id").asText();
    }

    /** The user gets 200 for exactly the reads listed and 403 for every other. */
    private void assertReads(String user, String no, String page, Read... allowed) {
        List<Read> granted = List.of(allowed);
        for (Read read : Read.values()) {
            HttpStatus expected = granted.contains(read) ? HttpStatus.OK : HttpStatus.FORBIDDEN;
            assertThat(status(user, no, page, read)).as("%s: %s of %s", user, read, no).isEqualTo(expected);
        }
    }

    private HttpStatus status(String user, String no, String page, Read read) {
        String path = "/api/applications/" + no;
        int status = switch (read) {
            case DETAILS -> api.get(user, path).getStatusCode().value();
            case PAGES -> api.get(user, path + "/attachments").getStatusCode().value();
            case PAGE -> api.download(user, "/api/attachments/" + page).getStatusCode().value();
            case BLIND -> api.get(user, path + "/blind").getStatusCode().value();
            case ID_NUMBER -> api.get(user, path + "/id-number").getStatusCode().value();
        };
        return HttpStatus.valueOf(status);
    }
}
