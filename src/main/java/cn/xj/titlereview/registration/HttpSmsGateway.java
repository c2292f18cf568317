package cn.xj.titlereview.registration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A provider's HTTP API ({@code titlereview.sms.http.*}): POST of a JSON object to {@code url}, the phone and the
 * text under the names the provider expects ({@code phone-field}, {@code text-field}), its fixed fields (such as a
 * sign name or template id) from {@code extra-fields}, and {@code Authorization: Bearer <token>} when a token is
 * set. Any 2xx answer counts as sent; anything else, and a timeout, is logged (phone masked, never the text).
 */
class HttpSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(HttpSmsGateway.class);

    private final SmsProperties.Http settings;
    private final ObjectMapper json;
    private final HttpClient client;

    HttpSmsGateway(SmsProperties.Http settings, ObjectMapper json) {
        if (settings.url() == null || settings.url().isBlank()) {
            throw new IllegalStateException("titlereview.sms.gateway=http 需要配置 titlereview.sms.http.url（短信平台接口地址）");
        }
        this.settings = settings;
        this.json = json;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public void send(String phone, String text) {
        try {
            HttpResponse<Void> response = client.send(request(phone, text), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                log.warn("短信平台拒绝发送至 {}：HTTP {}", SmsGateway.maskPhone(phone), response.statusCode());
            }
        } catch (IOException e) {
            log.warn("短信平台无法连接，未发送至 {}：{}", SmsGateway.maskPhone(phone), e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    HttpRequest request(String phone, String text) {
        Map<String, Object> body = new LinkedHashMap<>(settings.extraFields());
        body.put(settings.phoneField(), phone);
        body.put(settings.textField(), text);
        String payload;
        try {
            payload = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.url()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (settings.token() != null && !settings.token().isBlank()) {
            request.header("Authorization", "Bearer " + settings.token());
        }
        return request.build();
    }
}
