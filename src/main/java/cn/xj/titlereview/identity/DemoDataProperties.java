package cn.xj.titlereview.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Whether the demo users of the organisation file are created, and their password. */
@ConfigurationProperties("titlereview.demo-data")
public record DemoDataProperties(boolean enabled, String password) {

    public DemoDataProperties {
        if (password == null || password.isBlank()) {
            password = "Demo@2024!";
        }
    }
}
