package cn.xj.titlereview.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** Registers an applicant through the open API, the code read from the SMS outbox (for tests of other packages). */
public final class Registrations {

    private Registrations() {
    }

    public static String newPhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The new user id; the clock must be where the code may be asked for (a fresh phone each time). */
    public static String register(TestRestTemplate rest, SmsGateway sms, String name, String idType, String idNumber,
                                  String password) {
        String phone = newPhone();
        assertThat(post(rest, "/api/verification-codes", Map.of("phone", phone, "purpose", "REGISTER")).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        String code = ((SmsOutbox) sms).lastCode(phone).orElseThrow();
        Map<String, String> body = new java.util.HashMap<>(Map.of("name", name, "idNumber", idNumber, "phone", phone,
                "code", code, "password", password));
        if (idType != null) {
            body.put("idType", idType);
        }
        ResponseEntity<JsonNode> registered = post(rest, "/api/registrations", body);
        assertThat(registered.getStatusCode()).as(String.valueOf(registered.getBody())).isEqualTo(HttpStatus.CREATED);
        return registered.getBody().path("userId").asText();
    }

    static ResponseEntity<JsonNode> post(TestRestTemplate rest, String path, Map<String, ?> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
