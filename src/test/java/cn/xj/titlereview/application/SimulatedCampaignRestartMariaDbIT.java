package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.MariaDbTestDatabase;
import cn.xj.titlereview.support.ProductProcess;

/**
 * A simulated campaign survives a kill -9: the packaged product runs as its own process on a
 * MariaDB database of its own (profiles mysql and simulation, the job executor on, as a training
 * installation runs it); an applicant declares, the unit approves, the unit publicity's timer is set;
 * the process is killed while it replays a clock move, and a new process on the same database
 * continues at the simulated time: the application at its step, its timer once and at its own due
 * date, nothing failed.
 */
class SimulatedCampaignRestartMariaDbIT {

    private final String database = "titlereview_restart_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private ProductProcess running;

    @AfterEach
    void stopAndDrop() {
        if (running != null) {
            running.kill();
        }
        MariaDbTestDatabase.execute("DROP DATABASE IF EXISTS " + database);
    }

    @Test
    void aNodeKilledDuringAMoveRestartsAtTheSimulatedTimeWithEveryTimerOnceAtItsDueDate() throws Exception {
        MariaDbTestDatabase.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        running = start("first");
        TestRestTemplate rest = running.rest();
        CampaignDriver first = new CampaignDriver(rest);
        CampaignDriver driver = first;
        driver.clockTo("2024-09-02T10:00");
        String no = DeclaredApplications.submitted(new Api(rest), json, ApplicationFixtures.freshIdNumber());
        driver.approve("dwxj01", no, "unit_review");
        driver.advance(Duration.ofSeconds(1));
        List<Map<String, Object>> timersBefore = timers(rest);
        assertThat(timersBefore).as("the unit publicity's timer").hasSize(1);
        Instant publicityEnds = Instant.parse((String) timersBefore.get(0).get("dueDate"));
        assertThat(publicityEnds).isAfter(Instant.parse("2024-09-06T02:00:00Z"));

        // killed while it replays a move that stays before the publicity's end
        CompletableFuture<Void> move = CompletableFuture.runAsync(() -> {
            try {
                first.clockTo("2024-09-06T10:00");
            } catch (Throwable cut) {
                // the connection dies with the process
            }
        });
        // the kill lands wherever the replay has got to: the checks below hold for any point of it
        TimeUnit.MILLISECONDS.sleep(150);
        running.kill();
        move.get(1, TimeUnit.MINUTES);

        running = start("second");
        rest = running.rest();
        driver = new CampaignDriver(rest);

        Instant clock = Instant.parse((String) EngineRest.get(rest, "admin", DemoUsers.ADMIN_PASSWORD,
                "/api/simulation/clock", Map.class).getBody().get("now"));
        assertThat(clock).as("the clock after the restart is the simulated one")
                .isBetween(Instant.parse("2024-09-02T02:00:00Z"), Instant.parse("2024-09-06T02:00:00Z"));
        assertThat(timers(rest)).as("the same timer, due when it was").isEqualTo(timersBefore);
        assertThat(driver.tasks("zgxj01", no)).as("the competent department has nothing yet").isEmpty();

        driver.clockTo("2024-09-12T10:00");

        assertThat(driver.tasks("zgxj01", no)).extracting(task -> task.get("taskDefinitionKey"))
                .containsExactly("competent_recommend");
        String timerId = (String) timersBefore.get(0).get("id");
        List<Map<String, Object>> fired = jobLog(rest, "jobId=" + timerId + "&successLog=true");
        assertThat(fired).as("the publicity timer ran once").hasSize(1);
        assertThat(Instant.parse((String) fired.get(0).get("timestamp"))).as("at its due date").isEqualTo(publicityEnds);
        assertThat(jobLog(rest, "failureLog=true")).as("no job failed").isEmpty();
    }

    private static List<Map<String, Object>> timers(TestRestTemplate rest) {
        List<Map<String, Object>> jobs = list(rest, "/engine-rest/job?timers=true&sortBy=jobDueDate&sortOrder=asc&maxResults=100");
        return jobs.stream().map(job -> Map.of("id", job.get("id"), "dueDate", instant(job.get("dueDate"))))
                .collect(Collectors.toList());
    }

    private static List<Map<String, Object>> jobLog(TestRestTemplate rest, String query) {
        return list(rest, "/engine-rest/history/job-log?maxResults=500&" + query).stream()
                .map(log -> Map.<String, Object>of("timestamp", instant(log.get("timestamp"))))
                .collect(Collectors.toList());
    }

    /** Engine REST dates ("2024-09-09T10:00:00.000+0800") as ISO instants. */
    private static Object instant(Object engineDate) {
        return java.time.OffsetDateTime.parse((String) engineDate,
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant().toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(TestRestTemplate rest, String path) {
        ResponseEntity<List> response = EngineRest.get(rest, "admin", DemoUsers.ADMIN_PASSWORD, path, List.class);
        assertThat(response.getStatusCode()).as("%s: %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ProductProcess start(String name) throws Exception {
        return ProductProcess.start(database + "-" + name,
                "--spring.profiles.active=mysql,simulation",
                "--spring.datasource.url=" + MariaDbTestDatabase.urlOf(database),
                "--spring.datasource.username=" + MariaDbTestDatabase.user(),
                "--spring.datasource.password=" + MariaDbTestDatabase.password(),
                "--titlereview.demo-data.enabled=true",
                "--titlereview.crypto.id-number-key=" + ProductProcess.ID_NUMBER_KEY,
                "--titlereview.attachments.dir=target/restart-attachments",
                "--logging.level.root=WARN", "--logging.level.cn.xj.titlereview=INFO");
    }
}
