package cn.xj.titlereview.document;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.support.DemoUsers;

/** Downloads of documents and exports as a demo user (HTTP Basic), and the error body of a refusal. */
public final class DocumentDownloads {

    private final TestRestTemplate rest;
    private final ObjectMapper json = new ObjectMapper();

    public DocumentDownloads(TestRestTemplate rest) {
        this.rest = rest;
    }

    public ResponseEntity<byte[]> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        String password = "admin".equals(user) ? DemoUsers.ADMIN_PASSWORD : DemoUsers.PASSWORD;
        headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
        headers.setAccept(List.of(MediaType.ALL));
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    /** The {@code {"message","errors"}} body of an error answer. */
    public JsonNode error(ResponseEntity<byte[]> response) {
        try {
            return json.readTree(response.getBody());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + new String(response.getBody(), StandardCharsets.UTF_8), e);
        }
    }
}
