package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.xj.titlereview.attachment.TestImages;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * "超过申报时限的，不予受理" at its edges, through the product API, with the server's JVM in UTC and in
 * Beijing time. Akesu declares from 2024-07-22 00:00 to 2024-08-30 18:00 (Beijing time, the end second
 * included): the minute before and the minute of each end are inside, the minute after is not. Outside,
 * every declaration write answers 409 with the window's dates before anything sent is checked, and
 * nothing changes in the database; a revision after a return goes on inside its own fix window.
 */
@H2IntegrationTest
class DeclarationWindowEdgesH2Test {

    static final String AKESU = "notice-2024-akesu-coal";
    static final String AKESU_APPLICANT = "sbaks01";
    static final String CLOSED = "申报时间为2024-07-22 00:00至2024-08-30 18:00（北京时间），申报已截止，当前不在申报时间内";
    static final String NOT_YET = "申报时间为2024-07-22 00:00至2024-08-30 18:00（北京时间），申报尚未开始，当前不在申报时间内";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    Api api;
    TimeZone serverZone;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        serverZone = TimeZone.getDefault();
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(serverZone);
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "JVM in {0}")
    @ValueSource(strings = {"UTC", "Asia/Shanghai"})
    void theDeclarationClosesAfterItsLastMinuteForEveryWrite(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        at("2024-08-30T17:59:00");
        String no = created(draft("阿不都热合曼"));
        String page = uploaded(no);

        at("2024-08-30T18:00:00");
        assertThat(api.put(AKESU_APPLICANT, "/api/applications/" + no, draft("阿不都热合曼·艾力")).getStatusCode())
                .as("the minute of the close is inside").isEqualTo(HttpStatus.OK);
        assertThat(api.post(AKESU_APPLICANT, "/api/attachments/" + page + "/masks", Map.of("needsMasking", false))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.post(AKESU_APPLICANT, "/api/applications", draft("另一份")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        at("2024-08-30T18:01:00");
        Map<String, Object> before = state(no);
        assertClosed(api.post(AKESU_APPLICANT, "/api/applications", draft("新草稿")), CLOSED);
        assertClosed(api.put(AKESU_APPLICANT, "/api/applications/" + no, draft("改名")), CLOSED);
        assertClosed(api.upload(AKESU_APPLICANT, no, "id-card", "id-card.jpg", TestImages.jpg(80, 60)), CLOSED);
        assertClosed(api.post(AKESU_APPLICANT, "/api/attachments/" + page + "/masks", Map.of("needsMasking", false)),
                CLOSED);
        assertClosed(api.delete(AKESU_APPLICANT, "/api/attachments/" + page), CLOSED);
        // an incomplete draft: the window answers, not the list of missing fields
        assertClosed(api.post(AKESU_APPLICANT, "/api/applications/" + no + "/submit", null), CLOSED);
        // nothing sent is looked at: a form full of mistakes gets the same answer
        assertClosed(api.put(AKESU_APPLICANT, "/api/applications/" + no,
                Map.of("noticeId", AKESU, "name", " ", "idNumber", "12345")), CLOSED);
        assertThat(state(no)).as("nothing written on a refusal").isEqualTo(before);

        // reading stays possible
        assertThat(api.get(AKESU_APPLICANT, "/api/applications/" + no).getBody().path("form").path("name").asText())
                .isEqualTo("阿不都热合曼·艾力");
    }

    @ParameterizedTest(name = "JVM in {0}")
    @ValueSource(strings = {"UTC", "Asia/Shanghai"})
    void theDeclarationOpensAtItsFirstMinute(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        at("2024-07-21T23:59:00");
        long applications = count();
        assertClosed(api.post(AKESU_APPLICANT, "/api/applications", draft("阿不都热合曼")), NOT_YET);
        assertThat(count()).isEqualTo(applications);

        at("2024-07-22T00:00:00");
        String no = created(draft("阿不都热合曼"));
        at("2024-07-22T00:01:00");
        assertThat(api.put(AKESU_APPLICANT, "/api/applications/" + no, draft("阿不都热合曼·艾力")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(uploaded(no)).isNotBlank();
    }

    @ParameterizedTest(name = "JVM in {0}")
    @ValueSource(strings = {"UTC", "Asia/Shanghai"})
    void aReturnedApplicationIsRevisedInsideItsFixWindowAfterTheDeclarationClosed(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        // the senior notice declares until 2024-10-10 23:59:59; its first fix window is 48 hours
        at("2024-10-10T20:00:00");
        String no = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
        new CampaignDriver(rest).returnForRevision("dwxj01", no, "unit_review", "工作总结不完整");
        assertThat(api.get(DeclaredApplications.APPLICANT, "/api/applications/" + no).getBody().path("status").asText())
                .isEqualTo("RETURNED");

        at("2024-10-11T09:00:00");
        JsonNode form = api.get(DeclaredApplications.APPLICANT, "/api/applications/" + no).getBody().path("form");
        ((ObjectNode) form).put("workSummary", form.path("workSummary").asText() + "补充：近五年主持项目三项。");
        assertThat(api.put(DeclaredApplications.APPLICANT, "/api/applications/" + no, form).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> resubmitted = api.post(DeclaredApplications.APPLICANT,
                "/api/applications/" + no + "/submit", null);
        assertThat(resubmitted.getStatusCode()).as(String.valueOf(resubmitted.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(resubmitted.getBody().path("submissionCount").asInt()).isEqualTo(2);

        // the same moment, a new declaration for the closed notice is refused
        ResponseEntity<JsonNode> late = api.post(DeclaredApplications.APPLICANT, "/api/applications",
                Map.of("noticeId", DeclaredApplications.NOTICE, "name", "张伟"));
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().path("message").asText()).contains("申报已截止", "2024-10-10 23:59:59");
    }

    private void assertClosed(ResponseEntity<JsonNode> response, String message) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CONFLICT);
        JsonNode body = response.getBody();
        assertThat(body.path("message").asText()).isEqualTo(message);
        assertThat(body.path("errors")).isEmpty();
        assertThat(body.path("noticeId").asText()).isEqualTo(AKESU);
        assertThat(body.path("window").asText()).isEqualTo("declaration");
        assertThat(body.path("start").asText()).isEqualTo("2024-07-22T00:00:00+08:00");
        assertThat(body.path("end").asText()).isEqualTo("2024-08-30T18:00:00+08:00");
    }

    private static Map<String, Object> draft(String name) {
        return Map.of("noticeId", AKESU, "series", "工程系列", "name", name);
    }

    private String created(Map<String, Object> form) {
        ResponseEntity<JsonNode> created = api.post(AKESU_APPLICANT, "/api/applications", form);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("applicationNo").asText();
    }

    private String uploaded(String no) {
        ResponseEntity<JsonNode> page = api.upload(AKESU_APPLICANT, no, "id-card", "id-card.jpg", TestImages.jpg(80, 60));
        assertThat(page.getStatusCode()).as(String.valueOf(page.getBody())).isEqualTo(HttpStatus.CREATED);
        return page.getBody().path("id").asText();
    }

    /** The application's row, its pages, its snapshots and the number of applications. */
    private Map<String, Object> state(String no) {
        List<Map<String, Object>> row = jdbc.queryForList("SELECT * FROM application WHERE application_no = ?", no);
        List<Map<String, Object>> pages = jdbc.queryForList(
                "SELECT * FROM attachment WHERE application_no = ? ORDER BY id", no);
        List<Map<String, Object>> snapshots = jdbc.queryForList(
                "SELECT * FROM application_snapshot WHERE application_no = ?", no);
        return Map.of("application", row.toString(), "pages", pages.toString(), "snapshots", snapshots.toString(),
                "applications", count());
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM application", Long.class);
    }

    private static void at(String beijing) {
        Instant instant = LocalDateTime.parse(beijing).atZone(BeijingTime.ZONE).toInstant();
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
