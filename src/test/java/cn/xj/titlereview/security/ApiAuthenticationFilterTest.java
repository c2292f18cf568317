package cn.xj.titlereview.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class ApiAuthenticationFilterTest {

    @Test
    void readsBasicCredentialsWithColonsInThePassword() {
        String header = "Basic " + Base64.getEncoder().encodeToString("sbxj01:Demo:2024!".getBytes(StandardCharsets.UTF_8));
        assertThat(ApiAuthenticationFilter.basicCredentials(header)).containsExactly("sbxj01", "Demo:2024!");
        assertThat(ApiAuthenticationFilter.basicCredentials("basic " + header.substring(6)))
                .containsExactly("sbxj01", "Demo:2024!");
    }

    @Test
    void ignoresOtherOrMalformedHeaders() {
        assertThat(ApiAuthenticationFilter.basicCredentials(null)).isNull();
        assertThat(ApiAuthenticationFilter.basicCredentials("Bearer abc")).isNull();
        assertThat(ApiAuthenticationFilter.basicCredentials("Basic %%%")).isNull();
        assertThat(ApiAuthenticationFilter.basicCredentials(
                "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8)))).isNull();
    }
}
