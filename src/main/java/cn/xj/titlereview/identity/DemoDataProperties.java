package cn.xj.titlereview.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether the demo users of the organisation file are created, their password, and how many experts each demo
 * committee's pool holds (its listed experts topped up with generated ones; 15 unless set).
 */
@ConfigurationProperties("titlereview.demo-data")
public record DemoDataProperties(boolean enabled, String password, int poolSize) {

    public DemoDataProperties {
        if (password == null || password.isBlank()) {
            password = "Demo@2024!";
        }
        if (poolSize <= 0) {
            poolSize = 15;
        }
    }
}
