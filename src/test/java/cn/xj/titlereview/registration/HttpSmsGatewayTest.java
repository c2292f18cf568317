package cn.xj.titlereview.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/** The HTTP gateway against a local stand-in for a provider (never a real one): body, token, failures. */
class HttpSmsGatewayTest {

    final ObjectMapper json = new ObjectMapper();
    final List<String> bodies = new ArrayList<>();
    final List<String> tokens = new ArrayList<>();
    HttpServer provider;

    @AfterEach
    void stop() {
        if (provider != null) {
            provider.stop(0);
        }
    }

    @Test
    void postsThePhoneAndTextUnderTheProvidersNamesWithItsFixedFieldsAndToken() throws Exception {
        String url = start(200);
        HttpSmsGateway gateway = new HttpSmsGateway(new SmsProperties.Http(url, "secret-token", "mobile", "content",
                Map.of("signName", "新疆职称评审"), Duration.ofSeconds(2)), json);
        gateway.send("13800001111", "您的注册验证码为123456");
        JsonNode body = json.readTree(bodies.get(0));
        assertThat(body.path("mobile").asText()).isEqualTo("13800001111");
        assertThat(body.path("content").asText()).isEqualTo("您的注册验证码为123456");
        assertThat(body.path("signName").asText()).isEqualTo("新疆职称评审");
        assertThat(tokens).containsExactly("Bearer secret-token");
    }

    @Test
    void aRefusalOrAnUnreachableProviderIsLoggedNotThrown() throws Exception {
        HttpSmsGateway refusing = new HttpSmsGateway(new SmsProperties.Http(start(500), null, null, null, null, null), json);
        refusing.send("13800001111", "x");
        assertThat(bodies).hasSize(1);
        assertThat(tokens).containsExactly((String) null);
        provider.stop(0);
        refusing.send("13800001111", "x");
        assertThat(bodies).hasSize(1);
    }

    @Test
    void withoutAnAddressTheStartStops() {
        assertThatThrownBy(() -> new HttpSmsGateway(new SmsProperties.Http(null, null, null, null, null, null), json))
                .hasMessageContaining("titlereview.sms.http.url");
    }

    private String start(int status) throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/sms", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        provider.start();
        return "http://127.0.0.1:" + provider.getAddress().getPort() + "/sms";
    }
}
