package cn.xj.titlereview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.DemoUsers;

/** Every response carries the security headers, refusals included; the webapps keep Camunda's policy. */
@H2IntegrationTest
class SecurityHeadersH2Test {

    @Autowired
    TestRestTemplate rest;

    @Test
    void productApiEngineRestAndRefusalsCarryTheSecurityHeaders() {
        List<ResponseEntity<String>> responses = List.of(
                rest.getForEntity("/actuator/health", String.class),
                rest.getForEntity("/api/audit", String.class),
                rest.getForEntity("/engine-rest/task/count", String.class),
                EngineRest.get(rest, "dwxj01", DemoUsers.PASSWORD, "/engine-rest/task/count", String.class),
                EngineRest.get(rest, "dwxj01", DemoUsers.PASSWORD, "/api/audit", String.class),
                rest.getForEntity("/api-docs", String.class));

        assertThat(responses).extracting(ResponseEntity::getStatusCode)
                .containsExactly(HttpStatus.OK, HttpStatus.UNAUTHORIZED, HttpStatus.UNAUTHORIZED, HttpStatus.OK,
                        HttpStatus.FORBIDDEN, HttpStatus.OK);
        assertThat(responses).allSatisfy(response -> {
            HttpHeaders headers = response.getHeaders();
            assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(headers.get("X-Frame-Options")).containsExactly("SAMEORIGIN");
            assertThat(headers.get("Referrer-Policy")).containsExactly("same-origin");
            assertThat(headers.get("Content-Security-Policy")).singleElement().asString()
                    .contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'self'")
                    .doesNotContain("unsafe-eval");
        });
    }

    @Test
    void theWebappsKeepCamundasOwnPolicyOnceAndTheCommonHeaders() {
        ResponseEntity<String> tasklist = rest.getForEntity("/camunda/app/tasklist/default/", String.class);

        HttpHeaders headers = tasklist.getHeaders();
        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(headers.get("Content-Security-Policy")).singleElement().asString()
                .contains("'unsafe-eval'").contains("nonce-");
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.get("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(headers.get("Referrer-Policy")).containsExactly("same-origin");
    }
}
