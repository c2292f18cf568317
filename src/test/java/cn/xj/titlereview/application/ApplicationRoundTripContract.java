package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.xj.titlereview.attachment.TestImages;
import cn.xj.titlereview.declaration.ApplicationForm;
import cn.xj.titlereview.declaration.IdNumbers;
import cn.xj.titlereview.security.IdNumberCrypto;

/**
 * What the application module promises on every database: run on H2 by
 * {@link ApplicationRoundTripH2Test} and on the MySQL-family server by {@link ApplicationMariaDbIT}.
 */
public abstract class ApplicationRoundTripContract {

    static final String APPLICANT = "sbxj01";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdNumberCrypto crypto;
    @Autowired
    ApplicationNumbers numbers;
    @Autowired
    RepositoryService repositoryService;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        // dates are checked against the engine clock: real time for these tests
        ClockUtil.reset();
        ApplicationFixtures.deployTestNotice(repositoryService);
    }

    @Test
    void roundTripsAFullApplicationWithChineseTextAndAnEncryptedIdNumber() {
        String id = ApplicationFixtures.freshIdNumber();
        ApplicationForm sent = withSummary(ApplicationFixtures.complete(id),
                "任现职以来主持选矿工艺设计 😀 𠮷野家 ئۇيغۇرچە <b>粗体</b> & “引号”\n第二段。");

        ResponseEntity<JsonNode> created = api.create(APPLICANT, sent);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String no = created.getBody().path("applicationNo").asText();
        assertThat(no).matches("ZC\\d{4}-\\d{6}");

        JsonNode read = api.get(APPLICANT, "/api/applications/" + no).getBody();
        ObjectNode expected = json.valueToTree(sent);
        expected.put("idNumber", IdNumbers.mask(id));
        // the kind of document (default) and the birth date the number carries come back with the form
        expected.put("idType", "RESIDENT_ID_CARD");
        expected.put("birthDate", IdNumbers.check(id, java.time.LocalDate.now(), "idNumber").birthDate().toString());
        assertThat(read.path("form")).isEqualTo(expected);
        assertThat(read.path("status").asText()).isEqualTo("DRAFT");
        assertThat(read.path("statusLabel").asText()).isEqualTo("草稿");
        assertThat(read.path("birthDate").asText()).isEqualTo(IdNumbers.check(id,
                java.time.LocalDate.now(), "idNumber").birthDate().toString());
        assertThat(read.path("form").path("idNumber").asText()).matches("650102\\*{8}\\d{3}[0-9X]");
    }

    @Test
    void rawColumnsHoldNoPlaintextIdNumber() {
        String id = ApplicationFixtures.freshIdNumber();
        String no = api.create(APPLICANT, ApplicationFixtures.complete(id)).getBody().path("applicationNo").asText();

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM application WHERE application_no = ?", no);
        assertNoIdNumberIn(row.values(), id);
        String cipher = (String) row.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("id_number_cipher")).findFirst().orElseThrow().getValue();
        assertThat(cipher).startsWith("v1:");
        assertThat(crypto.decrypt(cipher)).isEqualTo(id);
    }

    @Test
    void submissionFreezesASnapshotWithoutThePlaintextIdNumber() throws Exception {
        String id = ApplicationFixtures.freshIdNumber();
        String no = api.create(APPLICANT, ApplicationFixtures.complete(id)).getBody().path("applicationNo").asText();
        uploadSettled(no, "id-card");
        uploadSettled(no, "photo");

        ResponseEntity<JsonNode> submitted = api.post(APPLICANT, "/api/applications/" + no + "/submit", null);
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(submitted.getBody().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.getBody().path("submissionCount").asInt()).isEqualTo(1);

        List<Map<String, Object>> snapshots = jdbc.queryForList(
                "SELECT * FROM application_snapshot WHERE application_no = ?", no);
        assertThat(snapshots).hasSize(1);
        for (Map<String, Object> snapshot : snapshots) {
            assertNoIdNumberIn(snapshot.values(), id);
        }
        String data = jdbc.queryForObject(
                "SELECT data_json FROM application_snapshot WHERE application_no = ? AND snapshot_version = 1",
                String.class, no);
        JsonNode frozen = json.readTree(data);
        assertThat(frozen.path("form").path("name").asText()).isEqualTo("张伟");
        assertThat(frozen.path("idNumberMasked").asText()).isEqualTo(IdNumbers.mask(id));
        assertThat(crypto.decrypt(frozen.path("idNumberCipher").asText())).isEqualTo(id);
        assertThat(frozen.path("attachments")).hasSize(2);
    }

    @Test
    void applicationNumbersStayUniqueAndGaplessUnderConcurrency() throws Exception {
        int year = 2090 + (int) (System.nanoTime() % 9);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        seen.add(numbers.next(year));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(seen).hasSize(60);
        long last = jdbc.queryForObject("SELECT last_value FROM application_number_counter WHERE number_year = ?",
                Long.class, year);
        assertThat(seen).contains(ApplicationNumbers.format(year, last - 59), ApplicationNumbers.format(year, last));
    }

    void uploadSettled(String no, String category) {
        ResponseEntity<JsonNode> uploaded = api.upload(APPLICANT, no, category, category + ".jpg",
                TestImages.jpg(200, 120));
        assertThat(uploaded.getStatusCode()).as(String.valueOf(uploaded.getBody())).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> masked = api.post(APPLICANT,
                "/api/attachments/" + uploaded.getBody().path("id").asText() + "/masks",
                Map.of("needsMasking", false));
        assertThat(masked.getStatusCode()).as(String.valueOf(masked.getBody())).isEqualTo(HttpStatus.OK);
    }

    static void assertNoIdNumberIn(Iterable<Object> values, String id) {
        String middle = id.substring(6, 17);
        for (Object value : values) {
            String text = value == null ? "" : value.toString();
            assertThat(text).doesNotContain(id).doesNotContain(id.substring(0, 17)).doesNotContain(middle);
        }
    }

    public static ApplicationForm withSummary(ApplicationForm f, String summary) {
        return new ApplicationForm(f.noticeId(), f.series(), f.specialty(), f.subSpecialty(), f.level(), f.name(),
                f.gender(), f.idNumber(), f.phone(), f.ethnicity(), f.politics(), f.employerUnitCode(),
                f.employerType(), f.unitLevel(), f.situation(), f.education(), f.currentTitle(),
                f.professionStartDate(), f.professionYears(), f.workHistory(), f.practice(), f.achievements(),
                f.awards(), f.intellectualProperty(), f.books(), f.papers(), f.continuingEducation(),
                f.annualAssessments(), f.putonghuaLevel(), f.socialInsuranceMonths(), summary, f.pledge());
    }
}
