package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * {@code GET /api/applications} for the offices: each reads only the applications of its own unit,
 * competent department, committee or bureau (two Hami units, two Hami committees, one bureau), with the
 * current step from the engine and Chinese labels; pages with their total; every bad parameter a 400
 * naming it; applicants keep their own list.
 */
@H2IntegrationTest
class ApplicationListingH2Test {

    static final String HAMI = "notice-2023-hami-all-series";
    static final String APPLICANT = "t-listing";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApplicationContext context;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ApplicationRepository applications;

    private final List<String> created = new ArrayList<>();
    private String agriculture;
    private String building1;
    private String building2;

    @BeforeEach
    void threeApplications() {
        String stamp = String.valueOf(System.nanoTime() % 1_000_000);
        // 哈密市农业技术推广中心 → 哈密市农业农村局, 农业系列中级评审委员会 (650501)
        agriculture = start("LSA" + stamp, "农业系列", "农业", "650500001");
        // 哈密市建筑设计研究院 → 哈密市住房和城乡建设局, 工程系列建筑专业评审委员会 (650502)
        building1 = start("LSB" + stamp, "工程系列", "建筑工程", "650500002");
        building2 = start("LSC" + stamp, "工程系列", "建筑工程", "650500002");
    }

    private String start(String no, String series, String specialty, String unit) {
        DeclaredStarts.in(context).start(new ApplicationProcessStart(no, HAMI, Level.INTERMEDIATE, series, specialty,
                unit, APPLICANT, ApplicationFacts.none()));
        created.add(no);
        return no;
    }

    @AfterEach
    void cleanUp() {
        for (String no : created) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no).rootProcessInstances().list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "测试结束", true, true));
            applications.findByNo(no).ifPresent(applications::delete);
        }
        created.clear();
    }

    private JsonNode page(String user, String query) {
        ResponseEntity<JsonNode> response = new Api(rest).get(user, "/api/applications?notice=" + HAMI + query);
        assertThat(response.getStatusCode()).as("%s: %s", user, response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<String> numbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.path("items").forEach(item -> numbers.add(item.path("applicationNo").asText()));
        return numbers;
    }

    private List<String> all(String user) {
        return numbers(page(user, "&size=200"));
    }

    @Test
    void eachOfficeListsOnlyWhatItMayRead() {
        // employer units
        assertThat(all("dwhm01")).contains(agriculture).doesNotContain(building1, building2);
        assertThat(all("dwhm02")).contains(building1, building2).doesNotContain(agriculture);
        // competent departments
        assertThat(all("zghm01")).contains(agriculture).doesNotContain(building1, building2);
        assertThat(all("zghm02")).contains(building1, building2).doesNotContain(agriculture);
        // committee offices
        assertThat(all("pwhm01")).contains(agriculture).doesNotContain(building1, building2);
        assertThat(all("pwhm02")).contains(building1, building2).doesNotContain(agriculture);
        assertThat(all("pwhm03")).doesNotContain(agriculture, building1, building2);
        // another prefecture's office and bureau
        assertThat(all("dwaks01")).doesNotContain(agriculture, building1, building2);
        assertThat(all("hrbaks01")).doesNotContain(agriculture, building1, building2);
        // the notice's bureau and the supervisors read all three
        assertThat(all("hrbhm01")).contains(agriculture, building1, building2);
        assertThat(all("jdxj01")).contains(agriculture, building1, building2);
    }

    @Test
    void applicantsAndExpertsKeepTheirOwnList() {
        ResponseEntity<JsonNode> expert = new Api(rest).get("zjhm01", "/api/applications?notice=" + HAMI);
        assertThat(expert.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(expert.getBody().isArray()).isTrue();
        assertThat(expert.getBody().toString()).doesNotContain(agriculture);
        ResponseEntity<JsonNode> applicant = new Api(rest).get("sbhm01", "/api/applications");
        assertThat(applicant.getBody().isArray()).isTrue();
        assertThat(applicant.getBody().toString()).doesNotContain(agriculture, building1);
    }

    @Test
    void aRowCarriesTheEnginesStepAndChineseLabels() {
        JsonNode page = page("dwhm01", "&unit=650500001&status=SUBMITTED&size=200");
        JsonNode row = null;
        for (JsonNode item : page.path("items")) {
            if (agriculture.equals(item.path("applicationNo").asText())) {
                row = item;
            }
        }
        assertThat(row).as(page.toString()).isNotNull();
        assertThat(row.path("statusLabel").asText()).isEqualTo("审核中");
        assertThat(row.path("levelLabel").asText()).isEqualTo("中级");
        assertThat(row.path("unitName").asText()).isEqualTo("哈密市农业技术推广中心");
        assertThat(row.path("stageKeys").toString()).contains("unit_review");
        assertThat(row.path("stage").asText()).isNotBlank().doesNotContain("unit_review");
        assertThat(row.path("noticeTitle").asText()).contains("哈密");

        assertThat(numbers(page("hrbhm01", "&step=unit_review&size=200"))).contains(agriculture, building1);
        assertThat(numbers(page("hrbhm01", "&step=hr_confirm&size=200"))).doesNotContain(agriculture, building1);
        assertThat(numbers(page("hrbhm01", "&status=APPROVED&size=200"))).doesNotContain(agriculture);
        assertThat(numbers(page("hrbhm01", "&status=审核中&size=200"))).contains(agriculture);
    }

    @Test
    void pagesNewestFirstWithTheTotal() {
        String query = "&unit=650500002&status=SUBMITTED";
        JsonNode first = page("dwhm02", query + "&size=1&page=0");
        long total = first.path("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(first.path("size").asInt()).isEqualTo(1);
        assertThat(numbers(first)).containsExactly(building2);
        assertThat(numbers(page("dwhm02", query + "&size=1&page=1"))).containsExactly(building1);
        JsonNode beyond = page("dwhm02", query + "&size=1&page=" + total);
        assertThat(numbers(beyond)).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(total);
        JsonNode lastFull = page("dwhm02", query + "&size=200");
        assertThat(lastFull.path("items").size()).isEqualTo((int) Math.min(total, 200));
        // the default page is 50 long
        assertThat(page("dwhm02", query).path("size").asInt()).isEqualTo(50);
    }

    @Test
    void everyBadParameterIsNamedInChinese() {
        Api api = new Api(rest);
        assertBad(api.get("hrbhm01", "/api/applications?page=-1"), "page");
        assertBad(api.get("hrbhm01", "/api/applications?page=abc"), "page");
        assertBad(api.get("hrbhm01", "/api/applications?size=0"), "size");
        assertBad(api.get("hrbhm01", "/api/applications?size=201"), "size");
        assertBad(api.get("hrbhm01", "/api/applications?status=DRAFT"), "status");
        assertBad(api.get("hrbhm01", "/api/applications?status=NOPE"), "status");
        assertBad(api.get("hrbhm01", "/api/applications?notice=notice-1999-none"), "notice");
        assertBad(api.get("hrbhm01", "/api/applications?unit=999999999"), "unit");
        assertBad(api.get("hrbhm01", "/api/applications?step=no_such_step"), "step");
        ResponseEntity<JsonNode> all = api.get("hrbhm01", "/api/applications?page=x&size=x&status=x&step=x&notice=x");
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(all.getBody().toString()).contains("\"page\"", "\"size\"", "\"status\"", "\"step\"", "\"notice\"");
    }

    private static void assertBad(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        String body = response.getBody().toString();
        assertThat(body).contains("\"" + field + "\"").containsPattern("[\\u4e00-\\u9fa5]");
    }
}
