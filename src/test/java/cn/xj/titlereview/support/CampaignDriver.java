package cn.xj.titlereview.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Works a campaign as its people would: each role completes its tasks through engine REST with its
 * own login, the committee office moves the simulation clock through the product API, and
 * messages arrive through engine REST. Used by the end-to-end tests on H2 and MariaDB.
 */
public class CampaignDriver {

    public static final String PASSWORD = DemoUsers.PASSWORD;
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = DemoUsers.ADMIN_PASSWORD;

    private final TestRestTemplate rest;

    public CampaignDriver(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** Sets the simulation clock (Beijing time, e.g. "2024-09-02T09:00") and runs the jobs due by then. */
    public Map<?, ?> clockTo(String beijingLocalDateTime) {
        String to = OffsetDateTime.parse(beijingLocalDateTime + ":00+08:00").toString();
        ResponseEntity<Map> response = EngineRest.post(rest, ADMIN, ADMIN_PASSWORD, "/api/simulation/clock",
                Map.of("to", to), Map.class);
        assertThat(response.getStatusCode()).as("clock move: %s", response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    public Map<?, ?> advance(Duration duration) {
        ResponseEntity<Map> response = EngineRest.post(rest, ADMIN, ADMIN_PASSWORD, "/api/simulation/clock",
                Map.of("advance", duration.toString()), Map.class);
        assertThat(response.getStatusCode()).as("clock move: %s", response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The open tasks of the application that this user may see. */
    public List<Map<String, Object>> tasks(String user, String applicationNo) {
        String path = UriComponentsBuilder.fromPath("/engine-rest/task")
                .queryParam("processInstanceBusinessKey", applicationNo)
                .queryParam("maxResults", 50).build().toUriString();
        ResponseEntity<List> response = EngineRest.get(rest, user, PASSWORD, path, List.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tasks = response.getBody();
        return tasks;
    }

    /** The variables this user reads on the task, as Tasklist shows them to the form: name to value. */
    public Map<String, Object> variables(String user, String taskId) {
        ResponseEntity<Map> response = EngineRest.get(rest, user, PASSWORD, "/engine-rest/task/" + taskId + "/variables",
                Map.class);
        assertThat(response.getStatusCode()).as("variables of task %s: %s", taskId, response.getBody())
                .isEqualTo(HttpStatus.OK);
        Map<String, Object> values = new LinkedHashMap<>();
        ((Map<?, ?>) response.getBody()).forEach((name, typed) -> values.put((String) name, ((Map<?, ?>) typed).get("value")));
        return values;
    }

    /** Completes the user's task of that key on the application; fails if the user cannot see exactly one. */
    public void complete(String user, String applicationNo, String taskKey, Map<String, Object> variables) {
        List<Map<String, Object>> mine = tasks(user, applicationNo).stream()
                .filter(task -> taskKey.equals(task.get("taskDefinitionKey"))).toList();
        assertThat(mine).as("%s sees task %s of %s", user, taskKey, applicationNo).hasSize(1);
        String id = (String) mine.get(0).get("id");
        ResponseEntity<String> claim = EngineRest.post(rest, user, PASSWORD, "/engine-rest/task/" + id + "/claim",
                Map.of("userId", user), String.class);
        assertThat(claim.getStatusCode()).as("claim: %s", claim.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> done = EngineRest.post(rest, user, PASSWORD, "/engine-rest/task/" + id + "/complete",
                Map.of("variables", restVariables(variables)), String.class);
        assertThat(done.getStatusCode()).as("complete %s: %s", taskKey, done.getBody())
                .isIn(HttpStatus.NO_CONTENT, HttpStatus.OK);
    }

    public void approve(String user, String applicationNo, String taskKey) {
        complete(user, applicationNo, taskKey, Map.of("decision", "APPROVE", "comment", "同意"));
    }

    public void returnForRevision(String user, String applicationNo, String taskKey, String... reasons) {
        complete(user, applicationNo, taskKey,
                Map.of("decision", "RETURN", "comment", "退回修改", "returnReasons", String.join("\n", reasons)));
    }

    public void reject(String user, String applicationNo, String taskKey) {
        complete(user, applicationNo, taskKey, Map.of("decision", "REJECT", "comment", "不同意"));
    }

    /** Correlates a message to the application (as the administrator: payments and objections arrive from outside). */
    public void message(String name, String applicationNo) {
        ResponseEntity<String> response = EngineRest.post(rest, ADMIN, ADMIN_PASSWORD, "/engine-rest/message",
                Map.of("messageName", name, "businessKey", applicationNo), String.class);
        assertThat(response.getStatusCode()).as("message %s: %s", name, response.getBody())
                .isIn(HttpStatus.NO_CONTENT, HttpStatus.OK);
    }

    /**
     * The committee office holds a meeting for one application on that date: creates it, assigns the application,
     * draws as many experts as the committee's active pool allows (the largest odd number) and opens the vote.
     * The meeting's id.
     */
    public long holdMeeting(String office, String committeeCode, String applicationNo, String level, LocalDate date) {
        ResponseEntity<List> pool = EngineRest.get(rest, office, PASSWORD, "/api/committees/" + committeeCode + "/experts",
                List.class);
        assertThat(pool.getStatusCode()).as("pool: %s", pool.getBody()).isEqualTo(HttpStatus.OK);
        long active = ((List<Map<String, Object>>) pool.getBody()).stream().filter(e -> Boolean.TRUE.equals(e.get("active")))
                .count();
        long count = active % 2 == 1 ? active : active - 1;
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("date", date.toString());
        meeting.put("place", "评审委员会会议室");
        meeting.put("levels", List.of(level));
        meeting.put("expertCount", count);
        ResponseEntity<Map> created = EngineRest.post(rest, office, PASSWORD, "/api/committees/" + committeeCode + "/meetings",
                meeting, Map.class);
        assertThat(created.getStatusCode()).as("meeting: %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = ((Number) created.getBody().get("id")).longValue();
        meetingStep(office, id, "applications", Map.of("applicationNos", List.of(applicationNo)));
        meetingStep(office, id, "draw", Map.of());
        meetingStep(office, id, "open", Map.of());
        return id;
    }

    /** A step of a meeting by its office (applications, draw, declines, recusals, open); the meeting's answer. */
    public Map<?, ?> meetingStep(String user, long meetingId, String step, Object body) {
        ResponseEntity<Map> response = EngineRest.post(rest, user, PASSWORD, "/api/meetings/" + meetingId + "/" + step,
                body, Map.class);
        assertThat(response.getStatusCode()).as("meeting %s %s: %s", meetingId, step, response.getBody())
                .isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static Map<String, Object> restVariables(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return typed;
    }
}
