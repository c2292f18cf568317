package cn.xj.titlereview.registration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The one {@link SmsGateway} {@code titlereview.sms.gateway} names; an unknown name stops the start. */
@Configuration
class SmsConfiguration {

    @Bean
    SmsGateway smsGateway(SmsProperties properties, ObjectMapper json) {
        return switch (properties.gateway()) {
            case "log" -> new LoggingSmsGateway();
            case "http" -> new HttpSmsGateway(properties.http(), json);
            case "outbox" -> new SmsOutbox();
            default -> throw new IllegalStateException(
                    "titlereview.sms.gateway 应为 log、http 或 outbox（当前为 " + properties.gateway() + "）");
        };
    }
}
