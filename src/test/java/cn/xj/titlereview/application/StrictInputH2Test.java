package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * The product API takes JSON as it is typed: a value of the wrong type or an unknown field is a 400 that
 * names the field in Chinese, and nothing is written; engine REST keeps its own reading.
 */
@H2IntegrationTest
class StrictInputH2Test {

    static final String APPLICANT = "sbxj01";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repositoryService;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        ClockUtil.reset();
        ApplicationFixtures.deployTestNotice(repositoryService);
    }

    @Test
    void aNumberWhereTextBelongsIsRefusedWithTheField() {
        long before = count();
        ResponseEntity<JsonNode> refused = api.post(APPLICANT, "/api/applications",
                Map.of("noticeId", ApplicationFixtures.NOTICE, "name", 123));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("申报信息有误");
        assertThat(refused.getBody().path("errors")).singleElement().satisfies(p -> {
            assertThat(p.path("field").asText()).isEqualTo("name");
            assertThat(p.path("rule").asText()).isEqualTo("类型");
            assertThat(p.path("message").asText()).isEqualTo("应为文字");
        });
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void textWhereANumberBelongsIsRefusedWithItsPath() {
        long before = count();
        ResponseEntity<JsonNode> refused = api.post(APPLICANT, "/api/applications",
                Map.of("noticeId", ApplicationFixtures.NOTICE, "continuingEducation",
                        List.of(Map.of("year", "2020"))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors")).singleElement().satisfies(p -> {
            assertThat(p.path("field").asText()).isEqualTo("continuingEducation[0].year");
            assertThat(p.path("rule").asText()).isEqualTo("类型");
            assertThat(p.path("message").asText()).isEqualTo("应为整数");
        });
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anUnknownFieldIsRefusedNotDropped() {
        long before = count();
        ResponseEntity<JsonNode> refused = api.post(APPLICANT, "/api/applications",
                Map.of("noticeId", ApplicationFixtures.NOTICE, "nmae", "张伟"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors")).singleElement().satisfies(p -> {
            assertThat(p.path("field").asText()).isEqualTo("nmae");
            assertThat(p.path("rule").asText()).isEqualTo("未知字段");
            assertThat(p.path("message").asText()).isEqualTo("没有这一项，请删除或检查拼写");
        });
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anUnknownFieldOfAMaskIsRefusedToo() {
        ResponseEntity<JsonNode> refused = api.post(APPLICANT, "/api/attachments/nosuchpage/masks",
                Map.of("needsMasking", false, "colour", "black"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("请求内容有误");
        assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("colour");
    }

    @Test
    void engineRestReadsWithItsOwnMapper() {
        // a number for the text of a query: engine REST takes it as Camunda always has
        ResponseEntity<String> tasks = EngineRest.post(rest, "admin", DemoUsers.ADMIN_PASSWORD,
                "/engine-rest/task/count", Map.of("processInstanceBusinessKey", 123), String.class);
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM application", Long.class);
    }
}
