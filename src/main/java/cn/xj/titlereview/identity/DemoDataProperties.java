package cn.xj.titlereview.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Whether and from where the demo organisations and users are loaded. */
@ConfigurationProperties("titlereview.demo-data")
public record DemoDataProperties(boolean enabled, String location, String password) {

    public DemoDataProperties {
        if (location == null || location.isBlank()) {
            location = "classpath:config/demo/organisations.yml";
        }
        if (password == null || password.isBlank()) {
            password = "Demo@2024!";
        }
    }
}
