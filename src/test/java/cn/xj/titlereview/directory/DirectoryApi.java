package cn.xj.titlereview.directory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xj.titlereview.support.DemoUsers;

/** Calls of /api/directory as a demo user (HTTP Basic). */
final class DirectoryApi {

    private final TestRestTemplate rest;

    DirectoryApi(TestRestTemplate rest) {
        this.rest = rest;
    }

    static HttpHeaders headers(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "admin".equals(user) ? DemoUsers.ADMIN_PASSWORD : DemoUsers.PASSWORD,
                StandardCharsets.UTF_8);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }

    ResponseEntity<JsonNode> get(String user, String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)), JsonNode.class);
    }

    ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return send(HttpMethod.POST, user, path, body);
    }

    ResponseEntity<JsonNode> put(String user, String path, Object body) {
        return send(HttpMethod.PUT, user, path, body);
    }

    private ResponseEntity<JsonNode> send(HttpMethod method, String user, String path, Object body) {
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> importSheet(String user, byte[] xlsx) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(xlsx) {
            @Override
            public String getFilename() {
                return "units.xlsx";
            }
        });
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/api/directory/imports", HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
    }

    ResponseEntity<byte[]> template(String user) {
        HttpHeaders headers = headers(user);
        headers.setAccept(List.of(MediaType.ALL));
        return rest.exchange("/api/directory/imports/template.xlsx", HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    /** "field:rule" of every problem of a 400. */
    static List<String> problems(ResponseEntity<JsonNode> response) {
        List<String> list = new ArrayList<>();
        response.getBody().path("errors").forEach(e -> list.add(e.path("field").asText() + ":" + e.path("rule").asText()));
        return list;
    }
}
