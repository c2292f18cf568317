package cn.xj.titlereview.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The production profile refuses to start without its own ID-number key. */
class IdNumberKeyCheckTest {

    @Configuration
    @EnableConfigurationProperties(IdNumberCryptoProperties.class)
    @Import({IdNumberKeyCheck.class, IdNumberCrypto.class})
    static class Crypto {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Crypto.class);

    @Test
    void mysqlProfileRefusesToStartWithoutAKey() {
        runner.withPropertyValues("spring.profiles.active=mysql")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("titlereview.crypto.id-number-key"));
    }

    @Test
    void mysqlProfileRefusesTheDevelopmentKey() {
        runner.withPropertyValues("spring.profiles.active=mysql",
                        "titlereview.crypto.id-number-key=" + IdNumberCrypto.DEVELOPMENT_KEY)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("开发密钥"));
    }

    @Test
    void mysqlProfileRefusesAMalformedKey() {
        runner.withPropertyValues("spring.profiles.active=mysql", "titlereview.crypto.id-number-key=c2hvcnQ=")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void mysqlProfileStartsWithItsOwnKey() {
        runner.withPropertyValues("spring.profiles.active=mysql",
                        "titlereview.crypto.id-number-key=" + IdNumberCryptoTest.KEY)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(IdNumberKeyCheck.class));
    }

    @Test
    void defaultProfileStartsWithTheDevelopmentKey() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(IdNumberKeyCheck.class);
            IdNumberCrypto crypto = context.getBean(IdNumberCrypto.class);
            assertThat(crypto.decrypt(crypto.encrypt("650102198503120019"))).isEqualTo("650102198503120019");
        });
    }
}
