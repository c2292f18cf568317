package cn.xj.titlereview.registration;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code titlereview.sms}: which gateway ({@code log}, {@code http}, {@code outbox}) and the HTTP gateway's settings. */
@ConfigurationProperties("titlereview.sms")
record SmsProperties(String gateway, Http http) {

    SmsProperties {
        gateway = gateway == null || gateway.isBlank() ? "log" : gateway.trim();
        http = http == null ? new Http(null, null, null, null, null, null) : http;
    }

    record Http(String url, String token, String phoneField, String textField, Map<String, String> extraFields,
                Duration timeout) {
        Http {
            phoneField = phoneField == null || phoneField.isBlank() ? "phone" : phoneField;
            textField = textField == null || textField.isBlank() ? "text" : textField;
            extraFields = extraFields == null ? Map.of() : Map.copyOf(extraFields);
            timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        }
    }
}
