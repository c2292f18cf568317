package cn.xj.titlereview.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The JPA service against the Flyway schema, with real commits (no test transaction) so that
 * concurrent issuers meet each other's row locks.
 */
@DataJpaTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:certificates;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/h2",
        "spring.jpa.hibernate.ddl-auto=validate"
})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(JpaCertificateNumberService.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JpaCertificateNumberServiceTest {

    @Autowired
    CertificateNumberService service;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from issued_certificate");
        jdbc.update("delete from certificate_sequence");
    }

    @Test
    void issuesConsecutiveNumbersPerPrefix() {
        assertThat(service.issue(request("AKS2024000001", "SENIOR_DEPUTY"))).isEqualTo("65290020242000001");
        assertThat(service.issue(request("AKS2024000002", "SENIOR_DEPUTY"))).isEqualTo("65290020242000002");
        assertThat(service.issue(request("AKS2024000003", "INTERMEDIATE"))).isEqualTo("65290020243000001");
    }

    @Test
    void asksForTheSameApplicationReturnTheNumberAlreadyIssued() {
        String first = service.issue(request("AKS2024000001", "ASSISTANT"));

        assertThat(service.issue(request("AKS2024000001", "ASSISTANT"))).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from issued_certificate", Integer.class)).isEqualTo(1);
    }

    @Test
    void concurrentIssuersOfANewPrefixGetUniqueConsecutiveNumbers() throws Exception {
        int issuers = 4;
        int perIssuer = 15;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(issuers);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int issuer = 0; issuer < issuers; issuer++) {
            int offset = issuer * perIssuer;
            Callable<List<String>> work = () -> {
                start.await();
                List<String> numbers = new ArrayList<>();
                for (int i = 1; i <= perIssuer; i++) {
                    numbers.add(service.issue(request("AKS2024%06d".formatted(offset + i), "SENIOR_DEPUTY")));
                }
                return numbers;
            };
            results.add(pool.submit(work));
        }
        start.countDown();

        List<String> all = new ArrayList<>();
        for (Future<List<String>> result : results) {
            all.addAll(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<String> expected = new ArrayList<>();
        for (int sequence = 1; sequence <= issuers * perIssuer; sequence++) {
            expected.add("65290020242%06d".formatted(sequence));
        }
        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    private static CertificateRequest request(String applicationNo, String level) {
        return new CertificateRequest(applicationNo, "notice-2024-akesu-coal", level, "hrb652900");
    }
}
