package cn.xj.titlereview.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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

import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * Lock-outs at their edges, on the product clock: a wrong password delays the user's next login by
 * 1, 2, 4 … minutes (at most 15), the right password works again from the second the delay ends, an
 * administrator lifts a lock at once, every lock and unlock is audited, and one client address that
 * fails too often is held back (429) without locking anyone.
 */
@H2IntegrationTest
class LoginLockH2Test {

    static final String RIGHT = "Rightful#2024pw";
    static final String WRONG = "Wrongful#2024pw";
    static final Instant T = Instant.parse("2031-05-06T02:00:00Z");
    static final Instant A = Instant.parse("2031-05-07T02:00:00Z");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LoginThrottle throttle;

    String userId;

    @BeforeEach
    void newUser() {
        userId = "locktest" + System.nanoTime() % 1000000;
        User user = identityService.newUser(userId);
        user.setPassword(RIGHT);
        identityService.saveUser(user);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        identityService.deleteUser(userId);
    }

    @Test
    void theDelayGrowsAndTheRightPasswordWorksFromTheSecondItEnds() {
        at(T);
        assertThat(login(WRONG)).isEqualTo(HttpStatus.UNAUTHORIZED);
        at(T.plusSeconds(59));
        assertThat(login(RIGHT)).as("the minute's last second").isEqualTo(HttpStatus.UNAUTHORIZED);
        at(T.plusSeconds(60));
        assertThat(login(RIGHT)).as("the minute over").isEqualTo(HttpStatus.OK);

        // failures in a row: 1, 2, 4, 8 minutes, then 15 (the cap), and 15 again
        Instant now = T.plusSeconds(120);
        long[] delays = {60, 120, 240, 480, 900, 900};
        for (long delay : delays) {
            at(now);
            assertThat(login(WRONG)).isEqualTo(HttpStatus.UNAUTHORIZED);
            at(now.plusSeconds(delay - 1));
            assertThat(login(RIGHT)).as("a second before the end of " + delay + " s").isEqualTo(HttpStatus.UNAUTHORIZED);
            now = now.plusSeconds(delay);
        }
        at(now);
        assertThat(login(RIGHT)).as("no lock is for good").isEqualTo(HttpStatus.OK);

        List<String> audited = jdbc.queryForList(
                "SELECT detail FROM audit_event WHERE action = 'LOCK_ACCOUNT' AND actor = ? ORDER BY id", String.class,
                userId);
        assertThat(audited).hasSize(1 + delays.length);
        assertThat(audited.get(0)).isEqualTo("连续第1次登录失败，锁定至2031-05-06 10:01（北京时间）");
        assertThat(audited.get(6)).startsWith("连续第6次登录失败");
    }

    @Test
    void anAdministratorLiftsALockAtOnceAndTheUnlockIsAudited() {
        at(T);
        assertThat(login(WRONG)).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<JsonNode> notAdmin = EngineRest.post(rest, "sbxj01", DemoUsers.PASSWORD,
                "/api/admin/users/" + userId + "/unlock", null, JsonNode.class);
        assertThat(notAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(notAdmin.getBody().path("message").asText()).isEqualTo("仅系统管理员可以执行此操作");
        assertThat(login(RIGHT)).as("still locked").isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<JsonNode> unknown = EngineRest.post(rest, "admin", DemoUsers.ADMIN_PASSWORD,
                "/api/admin/users/nosuchuser/unlock", null, JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().path("message").asText()).isEqualTo("用户不存在");

        ResponseEntity<JsonNode> unlocked = EngineRest.post(rest, "admin", DemoUsers.ADMIN_PASSWORD,
                "/api/admin/users/" + userId + "/unlock", null, JsonNode.class);
        assertThat(unlocked.getStatusCode()).as(String.valueOf(unlocked.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(unlocked.getBody().path("message").asText()).isEqualTo("已解除用户 " + userId + " 的登录锁定");
        assertThat(login(RIGHT)).as("right password at once").isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForList("SELECT actor FROM audit_event WHERE action = 'UNLOCK_ACCOUNT' AND detail = ?",
                String.class, "管理员解除用户 " + userId + " 的登录锁定")).containsExactly("admin");
    }

    @Test
    void oneAddressThatFailsTooOftenIsHeldBackWithoutLockingAnyone() {
        // a day of its own: the other tests' failures lie outside its window
        at(A);
        int allowed = throttle.maxFailures();
        for (int i = 0; i < allowed; i++) {
            // strangers' guesses, through the product API and engine REST alike
            String path = i % 2 == 0 ? "/api/applications" : "/engine-rest/task/count";
            assertThat(EngineRest.get(rest, "nobody" + i, WRONG, path, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        at(A.plusSeconds(60));
        ResponseEntity<JsonNode> held = EngineRest.get(rest, userId, WRONG, "/api/applications", JsonNode.class);
        assertThat(held.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(held.getBody().path("message").asText())
                .isEqualTo("本地址登录失败次数过多，请于2031-05-07 10:15（北京时间）后再试");
        assertThat(held.getHeaders().getFirst("Retry-After")).isEqualTo("840");
        assertThat(jdbc.queryForObject("SELECT COALESCE(ATTEMPTS_, 0) FROM ACT_ID_USER WHERE ID_ = ?", Integer.class, userId))
                .as("the held-back guess locked nobody").isZero();

        at(A.plus(throttle.window()).minusSeconds(1));
        assertThat(login(RIGHT)).as("the last second of the window").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        at(A.plus(throttle.window()));
        assertThat(login(RIGHT)).as("the window over").isEqualTo(HttpStatus.OK);
        assertThat(throttle.window()).isEqualTo(Duration.ofMinutes(15));
    }

    private HttpStatus login(String password) {
        ResponseEntity<String> response = EngineRest.get(rest, userId, password, "/api/applications", String.class);
        return HttpStatus.valueOf(response.getStatusCode().value());
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

}
