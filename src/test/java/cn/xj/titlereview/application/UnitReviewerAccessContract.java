package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.support.DemoUsers;

/**
 * A unit's contact opened by the HR bureau above it adds a reviewer, who then reads the applications of that unit
 * and not another's, by the existing access checks: the Tianshan unit's new reviewer reads its application, the
 * Hami unit's new reviewer gets 403. Run on H2 ({@link UnitReviewerAccessH2Test}) and MariaDB
 * ({@link UnitReviewerAccessMariaDbIT}).
 */
abstract class UnitReviewerAccessContract {

    private static final String TIANSHAN = "650100001";
    private static final String HAMI = "650500001";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private final List<String> users = new java.util.ArrayList<>();

    @BeforeEach
    void submitInTheWindow() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        api = new Api(rest);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        for (String user : users) {
            jdbc.update("DELETE FROM unit_contact WHERE user_id = ?", user);
            if (identityService.createUserQuery().userId(user).count() > 0) {
                identityService.deleteUser(user);
            }
        }
    }

    @Test
    void aReviewerAddedByTheUnitsContactReadsThatUnitsApplicationsAndNoOther() {
        String no = DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());

        String tianshanContact = contact("hrbxj01", TIANSHAN);
        String hamiContact = contact("hrbhm01", HAMI);
        // only the bureau above the unit (or the administrator) opens its contact, once
        assertThat(api.post("hrbaks01", "/api/units/" + TIANSHAN + "/contact", newUser()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("dwxj01", "/api/units/" + TIANSHAN + "/contact", newUser()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("hrbxj01", "/api/units/" + TIANSHAN + "/contact", newUser()).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        String tianshanReviewer = reviewer(tianshanContact, TIANSHAN);
        String hamiReviewer = reviewer(hamiContact, HAMI);
        // a contact manages its own unit only
        assertThat(api.post(hamiContact, "/api/units/" + TIANSHAN + "/reviewers", newUser()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(api.get(tianshanReviewer, "/api/applications/" + no).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get(tianshanReviewer, "/api/applications/" + no + "/blind").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get(tianshanReviewer, "/api/applications/" + no + "/id-number").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        for (String outsider : List.of(hamiReviewer, hamiContact)) {
            ResponseEntity<JsonNode> refused = api.get(outsider, "/api/applications/" + no);
            assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(api.get(outsider, "/api/applications/" + no + "/blind").getStatusCode()).as(outsider)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(jdbc.queryForList("SELECT detail FROM audit_event WHERE action = 'CHANGE_UNIT_ACCOUNT' AND actor = ?",
                String.class, "hrbxj01")).anyMatch(d -> d.contains("开通联系人账号 " + tianshanContact));
    }

    private String contact(String bureau, String unit) {
        Map<String, String> user = newUser();
        ResponseEntity<JsonNode> created = api.post(bureau, "/api/units/" + unit + "/contact", user);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        users.add(user.get("userId"));
        return user.get("userId");
    }

    private String reviewer(String contact, String unit) {
        Map<String, String> user = newUser();
        ResponseEntity<JsonNode> created = api.post(contact, "/api/units/" + unit + "/reviewers", user);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        users.add(user.get("userId"));
        return user.get("userId");
    }

    private static Map<String, String> newUser() {
        String id = "tdw" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return Map.of("userId", id, "name", "测试审核员", "phone",
                "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)),
                "password", DemoUsers.PASSWORD);
    }
}
