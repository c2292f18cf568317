package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.MariaDbTestDatabase;
import cn.xj.titlereview.support.ProductProcess;

/**
 * The engine's own cluster mode on one MariaDB database: two packaged products (profiles mysql and simulation, job
 * executors and clustered Quartz on) share a database of their own. Two applications are declared on node A and
 * worked by their people through either node; node A is killed (kill -9) in the middle of a clock move that runs
 * the campaign's timers, reminders and window transitions, and node B finishes both campaigns alone. Every job of
 * the campaigns ran exactly once (engine job log), none failed, each window transition and each reminder is recorded
 * once, and the two certificate numbers are distinct.
 */
class TwoNodeCampaignMariaDbIT {

    private static final String ADMIN = "admin";

    private final String database = "titlereview_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private ProductProcess nodeA;
    private ProductProcess nodeB;

    @AfterEach
    void stopAndDrop() {
        for (ProductProcess node : new ProductProcess[] {nodeA, nodeB}) {
            if (node != null) {
                node.kill();
            }
        }
        MariaDbTestDatabase.execute("DROP DATABASE IF EXISTS " + database);
    }

    @Test
    void twoNodesShareTheCampaignAndTheSurvivorOfAKillNineFinishesItWithEveryJobOnce() throws Exception {
        MariaDbTestDatabase.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        nodeA = start("a");
        nodeB = start("b");
        TestRestTemplate restA = nodeA.rest();
        TestRestTemplate restB = nodeB.rest();
        CampaignDriver onA = new CampaignDriver(restA);
        CampaignDriver onB = new CampaignDriver(restB);

        onA.clockTo("2024-09-02T10:00");
        Api apiA = new Api(restA);
        String first = DeclaredApplications.submitted(apiA, json, ApplicationFixtures.freshIdNumber());
        String second = DeclaredApplications.submitted(new Api(restB), json, ApplicationFixtures.freshIdNumber());
        // the unit reviews one on each node; the publicity timers fall to whichever executor takes them
        onA.approve("dwxj01", first, "unit_review");
        onB.approve("dwxj01", second, "unit_review");

        // node A dies while it replays a move across the publicity timers, reminders and window transitions
        CompletableFuture<Void> move = CompletableFuture.runAsync(() -> {
            try {
                onA.clockTo("2024-09-10T10:00");
            } catch (Throwable cut) {
                // the connection dies with the process
            }
        });
        TimeUnit.MILLISECONDS.sleep(300);
        nodeA.kill();
        nodeA = null;
        move.get(1, TimeUnit.MINUTES);

        RestCampaign survivor = new RestCampaign(restB, onB);
        assertThat(survivor.runToEnd(first)).as("%s on the survivor", first).isEqualTo("APPROVED");
        assertThat(survivor.runToEnd(second)).as("%s on the survivor", second).isEqualTo("APPROVED");

        List<String> certificates = List.of(survivor.variable(first, "certificateNo"), survivor.variable(second, "certificateNo"));
        assertThat(certificates).allSatisfy(no -> assertThat(no).matches("\\d{17}")).doesNotHaveDuplicates();

        Map<String, Integer> runs = new HashMap<>();
        for (Map<String, Object> log : list(restB, "/engine-rest/history/job-log?successLog=true&maxResults=2000")) {
            runs.merge((String) log.get("jobId"), 1, Integer::sum);
        }
        assertThat(runs).as("jobs that ran").isNotEmpty();
        assertThat(runs.entrySet()).as("every job ran exactly once").allSatisfy(run -> assertThat(run.getValue()).isOne());
        assertThat(list(restB, "/engine-rest/job?noRetriesLeft=true")).as("no job gave up").isEmpty();
        assertThat(list(restB, "/engine-rest/incident")).as("no incident").isEmpty();
        List<Map<String, Object>> created = list(restB, "/engine-rest/history/job-log?creationLog=true&maxResults=2000");
        List<String> open = list(restB, "/engine-rest/job?maxResults=2000").stream().map(job -> (String) job.get("id")).toList();
        List<String> deleted = list(restB, "/engine-rest/history/job-log?deletionLog=true&maxResults=2000").stream()
                .map(log -> (String) log.get("jobId")).toList();
        assertThat(created).as("every job created ran, was cancelled with its activity, or still waits")
                .allSatisfy(log -> assertThat(runs.containsKey(log.get("jobId")) || open.contains(log.get("jobId"))
                        || deleted.contains(log.get("jobId"))).as("job %s", log.get("jobId")).isTrue());

        try (Connection db = DriverManager.getConnection(MariaDbTestDatabase.urlOf(database), MariaDbTestDatabase.user(),
                MariaDbTestDatabase.password())) {
            assertThat(count(db, "select count(*) from notice_window_event")).as("window transitions recorded").isPositive();
            assertThat(count(db, "select count(*) - count(distinct notice_id, window_name, transition) from notice_window_event"))
                    .as("each window transition once").isZero();
            assertThat(count(db, "select count(*) - count(distinct source_id, kind) from notification"))
                    .as("each reminder once").isZero();
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The campaign bot through engine REST alone (the nodes run in processes of their own): each open task is
     * approved by its assignee or the first member of its candidate group, the committee office holds a meeting, the
     * fee is paid when due, and with nothing to do the clock moves a week.
     */
    static final class RestCampaign {
        private final TestRestTemplate rest;
        private final CampaignDriver driver;

        RestCampaign(TestRestTemplate rest, CampaignDriver driver) {
            this.rest = rest;
            this.driver = driver;
        }

        String runToEnd(String no) {
            for (int step = 0; step < 200; step++) {
                List<Map<String, Object>> roots = list(rest, "/engine-rest/history/process-instance?rootProcessInstances=true"
                        + "&processInstanceBusinessKey=" + no);
                assertThat(roots).hasSize(1);
                if (roots.get(0).get("endTime") != null) {
                    return variable(no, "finalStatus");
                }
                Map<String, Object> task = list(rest, "/engine-rest/task?processInstanceBusinessKey=" + no
                        + "&sortBy=created&sortOrder=asc").stream()
                        .filter(t -> !"committee_meeting_close".equals(t.get("taskDefinitionKey"))).findFirst().orElse(null);
                if (task != null) {
                    work(no, task);
                } else if (!waiting(no, "CommitteeMeetingOpened").isEmpty()) {
                    holdMeeting(no, (String) waiting(no, "CommitteeMeetingOpened").get(0).get("processInstanceId"));
                } else if (!waiting(no, "PaymentReceived").isEmpty()) {
                    driver.message("PaymentReceived", no);
                } else {
                    driver.advance(Duration.ofDays(7));
                }
            }
            throw new AssertionError("the campaign of " + no + " did not end");
        }

        private void work(String no, Map<String, Object> task) {
            String key = (String) task.get("taskDefinitionKey");
            CampaignRunner.approve(driver, responsible(task), no, key);
        }

        private String responsible(Map<String, Object> task) {
            if (task.get("assignee") != null) {
                return (String) task.get("assignee");
            }
            for (Map<String, Object> link : list(rest, "/engine-rest/task/" + task.get("id") + "/identity-links?type=candidate")) {
                if (link.get("userId") != null) {
                    return (String) link.get("userId");
                }
                if (link.get("groupId") != null) {
                    return firstMember((String) link.get("groupId"));
                }
            }
            throw new AssertionError("nobody works task " + task.get("taskDefinitionKey"));
        }

        private String firstMember(String group) {
            return (String) list(rest, "/engine-rest/user?memberOfGroup=" + group + "&sortBy=userId&sortOrder=asc&maxResults=1")
                    .get(0).get("id");
        }

        private List<Map<String, Object>> waiting(String no, String message) {
            return list(rest, "/engine-rest/execution?businessKey=" + no + "&messageEventSubscriptionName="
                    + message);
        }

        private void holdMeeting(String no, String voteInstance) {
            String committeeGroup = processVariable(voteInstance, "committeeGroup");
            String level = processVariable(voteInstance, "level");
            Map<?, ?> clock = EngineRest.get(rest, ADMIN, DemoUsers.ADMIN_PASSWORD, "/api/simulation/clock", Map.class).getBody();
            LocalDate today = Instant.parse((String) clock.get("now")).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
            driver.holdMeeting(firstMember(committeeGroup), committeeGroup.substring("committee".length()), no, level, today);
        }

        private String processVariable(String instance, String name) {
            ResponseEntity<Map> variable = EngineRest.get(rest, ADMIN, DemoUsers.ADMIN_PASSWORD,
                    "/engine-rest/process-instance/" + instance + "/variables/" + name, Map.class);
            assertThat(variable.getStatusCode()).as("%s: %s", name, variable.getBody()).isEqualTo(HttpStatus.OK);
            return (String) variable.getBody().get("value");
        }

        /** A variable of the application's root process as history keeps it. */
        String variable(String no, String name) {
            String root = (String) list(rest, "/engine-rest/history/process-instance?rootProcessInstances=true"
                    + "&processInstanceBusinessKey=" + no).get(0).get("id");
            List<Map<String, Object>> values = list(rest, "/engine-rest/history/variable-instance?processInstanceId=" + root
                    + "&variableName=" + name);
            return values.isEmpty() ? null : String.valueOf(values.get(0).get("value"));
        }
    }

    private static final ObjectMapper READER = new ObjectMapper();

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(TestRestTemplate rest, String query) {
        // engine REST refuses unbounded lists (query-max-results-limit)
        String path = query.contains("maxResults=") ? query : query + (query.contains("?") ? "&" : "?") + "maxResults=1000";
        ResponseEntity<String> response = EngineRest.get(rest, ADMIN, DemoUsers.ADMIN_PASSWORD, path, String.class);
        assertThat(response.getStatusCode()).as("%s: %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
        try {
            return new ArrayList<>(READER.readValue(response.getBody(), List.class));
        } catch (java.io.IOException e) {
            throw new AssertionError(path + ": " + response.getBody(), e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private ProductProcess start(String name) throws Exception {
        return ProductProcess.start(database + "-" + name,
                "--spring.profiles.active=mysql,simulation",
                "--spring.datasource.url=" + MariaDbTestDatabase.urlOf(database),
                "--spring.datasource.username=" + MariaDbTestDatabase.user(),
                "--spring.datasource.password=" + MariaDbTestDatabase.password(),
                "--titlereview.demo-data.enabled=true",
                "--titlereview.crypto.id-number-key=" + ProductProcess.ID_NUMBER_KEY,
                "--titlereview.attachments.dir=target/two-nodes-attachments",
                "--titlereview.simulation.follow-interval=PT1S",
                "--logging.level.root=WARN", "--logging.level.cn.xj.titlereview=INFO");
    }
}
