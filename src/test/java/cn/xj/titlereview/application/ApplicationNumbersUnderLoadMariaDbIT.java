package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.security.ApiUser;
import cn.xj.titlereview.support.MariaDbIntegrationTest;

/**
 * Application numbers under load on MariaDB: 2 000 drafts created by 40 clients at once (twice
 * as many clients as the connection pool has connections, as on a declaration's closing day) all
 * succeed, and their numbers are distinct, in the format {@code ZC<year>-<6 digits>} and
 * consecutive (no draft failed, so no number was lost).
 */
@MariaDbIntegrationTest
class ApplicationNumbersUnderLoadMariaDbIT {

    private static final int CLIENTS = 40;
    private static final int PER_CLIENT = 50;
    /** An applicant of this test only, so no other test's list of drafts changes. */
    private static final ApiUser APPLICANT = new ApiUser("loadtest01", Set.of(RoleGroups.APPLICANT));

    @Autowired
    ApplicationService applications;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void twoThousandDraftsCreatedByFortyClientsAtOnceGetDistinctConsecutiveNumbers() throws Exception {
        // inside the senior five-series notice's declaration window
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        List<List<String>> idNumbers = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < PER_CLIENT; i++) {
                ids.add(ApplicationFixtures.freshIdNumber());
            }
            idNumbers.add(ids);
        }
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (List<String> ids : idNumbers) {
            results.add(clients.submit(() -> {
                start.await();
                List<String> created = new ArrayList<>();
                for (String id : ids) {
                    created.add(applications.create(ApplicationFixtures.complete(id), APPLICANT).applicationNo());
                }
                return created;
            }));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<List<String>> result : results) {
            numbers.addAll(result.get(10, TimeUnit.MINUTES));
        }
        clients.shutdown();

        assertThat(numbers).hasSize(CLIENTS * PER_CLIENT).doesNotHaveDuplicates()
                .allSatisfy(no -> assertThat(no).matches("ZC2024-\\d{6}"));
        List<Integer> sequence = numbers.stream().map(no -> Integer.parseInt(no.substring(7))).sorted().toList();
        assertThat(sequence.get(sequence.size() - 1) - sequence.get(0) + 1).as("consecutive").isEqualTo(CLIENTS * PER_CLIENT);
        assertThat(jdbc.queryForObject("select count(*) from application where applicant_user_id = ?", Integer.class,
                APPLICANT.userId())).isEqualTo(CLIENTS * PER_CLIENT);
    }
}
