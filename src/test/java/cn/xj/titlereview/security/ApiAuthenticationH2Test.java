package cn.xj.titlereview.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.DemoUsers;

/** HTTP Basic on every product endpoint under /api, none elsewhere. */
@H2IntegrationTest
class ApiAuthenticationH2Test {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;

    @Test
    void everyProductEndpointAsksForALogin() {
        for (String path : new String[] {"/api/notices", "/api/applications", "/api/simulation/clock",
                "/api/admin/calendar"}) {
            ResponseEntity<String> response = rest.getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void aBrowserCallMarkedAsScriptGetsNoBasicChallengeSoNoNativeDialogOpens() {
        ResponseEntity<String> plain = rest.getForEntity("/api/applications", String.class);
        assertThat(plain.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic realm=");

        // a user of its own: a failed login delays that user's next logins, which would lock a demo
        // applicant out of the tests that run on a past simulation clock
        User user = identityService.newUser("scriptlogin" + System.nanoTime() % 100000);
        user.setPassword("Rightful#2024pw");
        identityService.saveUser(user);
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Requested-With", "XMLHttpRequest");
        headers.setBasicAuth(user.getId(), "wrong-password");
        ResponseEntity<String> scripted;
        try {
            scripted = rest.exchange("/api/applications", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        } finally {
            identityService.deleteUser(user.getId());
        }
        assertThat(scripted.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(scripted.getHeaders().containsKey("WWW-Authenticate")).isFalse();
        assertThat(scripted.getBody()).contains("用户名或密码不正确");
    }

    @Test
    void aLoggedInUserReachesTheOtherProductEndpoints() {
        ResponseEntity<String> notices = EngineRest.get(rest, "sbxj01", DemoUsers.PASSWORD, "/api/notices", String.class);
        assertThat(notices.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> clock = EngineRest.get(rest, "admin", DemoUsers.ADMIN_PASSWORD, "/api/simulation/clock", Map.class);
        assertThat(clock.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(clock.getBody()).containsKey("now");
    }

    @Test
    void pagesAndDocumentationOutsideTheApiNeedNoLogin() {
        assertThat(rest.getForEntity("/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
