package cn.xj.titlereview.application;

import java.nio.charset.StandardCharsets;
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

import cn.xj.titlereview.declaration.ApplicationForm;

/** Calls of the product API as a demo user, with an explicit HTTP Basic header. */
final class Api {

    private final TestRestTemplate rest;

    Api(TestRestTemplate rest) {
        this.rest = rest;
    }

    static HttpHeaders headers(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, ApplicationFixtures.PASSWORD, StandardCharsets.UTF_8);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }

    ResponseEntity<JsonNode> get(String user, String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)), JsonNode.class);
    }

    ResponseEntity<JsonNode> post(String user, String path, Object body) {
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> put(String user, String path, Object body) {
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> delete(String user, String path) {
        return rest.exchange(path, HttpMethod.DELETE, new HttpEntity<>(headers(user)), JsonNode.class);
    }

    ResponseEntity<JsonNode> create(String user, ApplicationForm form) {
        return post(user, "/api/applications", form);
    }

    ResponseEntity<JsonNode> upload(String user, String applicationNo, String category, String fileName, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        if (category != null) {
            parts.add("category", category);
        }
        if (content != null) {
            parts.add("file", new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/api/applications/" + applicationNo + "/attachments", HttpMethod.POST,
                new HttpEntity<>(parts, headers), JsonNode.class);
    }

    /** A multipart body written by hand, for headers a client library would not send. */
    ResponseEntity<JsonNode> uploadRaw(String user, String applicationNo, String contentDisposition, byte[] content) {
        String boundary = "----titlereviewTestBoundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"category\"\r\n\r\nid-card\r\n"
                + "--" + boundary + "\r\nContent-Disposition: " + contentDisposition + "\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
        return rest.exchange("/api/applications/" + applicationNo + "/attachments", HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    ResponseEntity<byte[]> download(String user, String path) {
        HttpHeaders headers = headers(user);
        headers.setAccept(List.of(MediaType.IMAGE_JPEG, MediaType.APPLICATION_JSON));
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    /** The field/rule pairs of a 400 answer. */
    static List<String> problems(ResponseEntity<JsonNode> response) {
        List<String> out = new java.util.ArrayList<>();
        response.getBody().path("errors").forEach(e -> out.add(e.path("field").asText() + ":" + e.path("rule").asText()));
        return out;
    }
}
