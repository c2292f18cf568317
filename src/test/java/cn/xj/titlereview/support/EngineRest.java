package cn.xj.titlereview.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls with an explicit HTTP Basic header, as Camunda Modeler and other clients send it. */
public final class EngineRest {

    private EngineRest() {
    }

    public static <T> ResponseEntity<T> get(TestRestTemplate rest, String user, String password, String path,
                                            Class<T> type) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user, password)), type);
    }

    public static <T> ResponseEntity<T> post(TestRestTemplate rest, String user, String password, String path,
                                             Object body, Class<T> type) {
        HttpHeaders headers = headers(user, password);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), type);
    }

    public static HttpHeaders headers(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        return headers;
    }
}
