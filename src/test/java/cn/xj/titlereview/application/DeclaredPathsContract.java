package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.xj.titlereview.attachment.TestImages;
import cn.xj.titlereview.support.CampaignRunner;

/**
 * The paths of a notice taken through the product API, end to end: the applicant declares, uploads
 * and submits with their own login; then every role works its tasks through engine REST with its
 * own login ({@link CampaignRunner}), on the simulation clock. Direct recognition (直接认定) on the
 * 2021 non-ferrous notice to APPROVED and to INELIGIBLE; a Hami application delegated to the
 * autonomous-region non-ferrous committee (委托评审); Hejing's initial determination (初定) to
 * INELIGIBLE and APPROVED. Run on H2 ({@link DeclaredPathsH2Test}) and MariaDB
 * ({@link DeclaredPathsMariaDbIT}).
 */
abstract class DeclaredPathsContract {

    static final String NONFERROUS = "notice-2021-xj-nonferrous";
    static final String HAMI = "notice-2023-hami-all-series";
    static final String HEJING = "notice-2024-hejing-initial-junior";
    static final String REGION_NONFERROUS_COMMITTEE = "650201";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;

    Api api;
    CampaignRunner bot;

    @BeforeEach
    void apiAndBot() {
        api = new Api(rest);
        bot = new CampaignRunner(rest, engine);
    }

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ direct recognition (直接认定)

    @Test
    void directRecognitionDeclaredOnThePageIsGrantedByTheHrBureauWithoutACommittee() {
        String no = declare("sbys01", "2021-09-14T10:00", directRecognition(2018));

        JsonNode submitted = submit("sbys01", no);
        assertThat(submitted.path("path").path("code").asText()).isEqualTo("DIRECT_RECOGNITION");
        assertThat(submitted.path("path").path("label").asText()).isEqualTo("直接认定");
        assertThat(bot.rootInstance(no).getProcessDefinitionKey()).isEqualTo(NONFERROUS + "-direct-recognition");
        assertThat(bot.variable(no, "villageWorkYears")).isEqualTo(3);
        assertThat(bot.variable(no, "villageWorkExcellentYears")).isEqualTo(3);
        assertThat(bot.variable(no, "currentLevel")).isEqualTo("INTERMEDIATE");
        assertThat(bot.variable(no, "examFilledSpecialty")).isEqualTo(false);

        assertThat(bot.runToEnd(no)).isEqualTo("APPROVED");
        JsonNode view = api.get("sbys01", "/api/applications/" + no).getBody();
        assertThat(view.path("status").asText()).isEqualTo("APPROVED");
        // units of the autonomous region are recognised by the notice's own bureau (各地州市: the prefecture's)
        assertThat(bot.workers(no, "hr_confirm")).containsOnly("hrbxj01");
        assertThat(bot.variable(no, "certificateNo")).asString().matches("65000020212\\d{6}");
        assertThat(bot.visitedTasks(no)).contains("unit_review", "competent_recommend", "hr_confirm")
                .doesNotContain("committee_intake", "expert_vote", "defense_record");
    }

    @Test
    void directRecognitionWithOnlyTwoExcellentYearsEndsIneligibleWithTheReasonsOnItsHistory() {
        String no = declare("sbys01", "2021-09-14T10:00", directRecognition(2018).andThen(form ->
                rating(form, 2018, "QUALIFIED")));
        JsonNode check = api.get("sbys01", "/api/applications/" + no + "/eligibility").getBody();
        assertThat(check.path("eligible").asBoolean()).isFalse();
        assertThat(check.path("problems").toString()).contains("直接认定条件", "连续优秀2年", "第六条第（二）款");

        submit("sbys01", no);

        assertThat(bot.runToEnd(no)).isEqualTo("INELIGIBLE");
        JsonNode view = api.get("sbys01", "/api/applications/" + no).getBody();
        assertThat(view.path("status").asText()).isEqualTo("INELIGIBLE");
        JsonNode decision = view.path("decisions").get(0);
        assertThat(decision.path("decision").asText()).isEqualTo("INELIGIBLE");
        assertThat(decision.path("returnReasons").toString()).contains("驻村期间年度考核连续优秀2年，须连续三年考核优秀");
        assertThat(bot.visitedTasks(no)).isEmpty();
    }

    @Test
    void pathsTheNoticeDoesNotHaveAreRefusedWhenSavedAndNothingIsWritten() {
        clockTo("2024-10-09T09:00");
        ObjectNode hejing = form(HEJING, hejingForm(true));
        hejing.withObject("/situation").put("directRecognition", true).put("villageWork", true);
        ResponseEntity<JsonNode> refused = api.post("sbhj01", "/api/applications", hejing);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Api.problems(refused)).containsExactlyInAnyOrder("situation.directRecognition:申报途径",
                "currentTitle.name:申报途径");
        assertThat(refused.getBody().toString()).contains("初定初级职称，没有直接认定");

        ObjectNode both = form(HEJING, hejingForm(true));
        both.withObject("/situation").put("delegatedEvaluation", true).put("delegatedToCommittee", "659999");
        ResponseEntity<JsonNode> unknown = api.post("sbhj01", "/api/applications", both);
        assertThat(Api.problems(unknown)).containsExactly("situation.delegatedEvaluation:申报途径");
        assertThat(api.get("sbhj01", "/api/applications").getBody().toString()).doesNotContain("659999");
    }

    // ------------------------------------------------------------------ delegated evaluation (委托评审)

    @Test
    void hamiApplicationDelegatedByLetterIsEvaluatedByTheRegionsCommitteeOnly() {
        clockTo("2023-09-12T09:00");
        ResponseEntity<JsonNode> committees = api.get("sbhm01", "/api/committees");
        assertThat(committees.getBody().toString()).contains("\"650201\"", "自治区工程系列有色金属专业评审委员会");
        ObjectNode unknown = form(HAMI, delegatedToRegion());
        unknown.withObject("/situation").put("delegatedToCommittee", "659999");
        ResponseEntity<JsonNode> refused = api.post("sbhm01", "/api/applications", unknown);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Api.problems(refused)).containsExactly("situation.delegatedToCommittee:登记");
        assertThat(refused.getBody().toString()).contains("受委托的评审委员会 659999 不在组织机构目录中");

        String no = declare("sbhm01", "2023-09-12T09:00", delegatedToRegion());
        JsonNode check = api.get("sbhm01", "/api/applications/" + no + "/eligibility").getBody();
        assertThat(check.path("problems")).as(check.toString()).isEmpty();
        JsonNode submitted = submit("sbhm01", no);
        assertThat(submitted.path("path").path("label").asText())
                .isEqualTo("委托评审：由自治区工程系列有色金属专业评审委员会评审");
        String letter = attachments("sbhm01", no).stream()
                .filter(page -> "delegation-letter".equals(page.path("category").asText()))
                .map(page -> page.path("id").asText()).findFirst().orElseThrow();
        assertThat(bot.variable(no, "delegationLetterAttachmentId")).isEqualTo(letter);
        assertThat(bot.variable(no, "committeeGroup")).isEqualTo("committee650201");

        Set<String> seenByHami = new HashSet<>();
        Runnable lookAsHami = () -> bot.driver().tasks("pwhm01", no).forEach(t -> seenByHami.add((String) t.get("id")));
        assertThat(bot.runToEnd(no, lookAsHami)).isEqualTo("APPROVED");
        assertThat(seenByHami).as("Hami's own committee office").isEmpty();
        assertThat(bot.workers(no, "committee_intake", "committee_paper_received")).containsOnly("pwys01");
        assertThat(bot.workers(no, "expert_vote")).isNotEmpty().allMatch(expert -> expert.startsWith("zjys"));
        // the delegated office reads the letter among the materials
        assertThat(attachments("pwys01", no)).extracting(page -> page.path("category").asText())
                .contains("delegation-letter");
    }

    @Test
    void aSpecialtyNoneOfHamisCommitteesEvaluatesNeedsTheLetter() {
        clockTo("2023-09-12T09:00");
        ObjectNode form = form(HAMI, delegatedToRegion());
        form.withObject("/situation").put("delegatedEvaluation", false).remove("delegatedToCommittee");
        ResponseEntity<JsonNode> created = api.post("sbhm01", "/api/applications", form);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String no = created.getBody().path("applicationNo").asText();

        String expected = "本通知（关于开展哈密市2023年度各系列（专业）职称评审工作的通知）没有评审工程系列有色金属专业中级的评审委员会，"
                + "须凭委托评审函委托其他评审委员会评审";
        JsonNode check = api.get("sbhm01", "/api/applications/" + no + "/eligibility").getBody();
        assertThat(check.path("problems").findValuesAsText("message")).contains(expected);
        ResponseEntity<JsonNode> refused = api.post("sbhm01", "/api/applications/" + no + "/submit", null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains(expected);
        assertThat(api.get("sbhm01", "/api/applications/" + no).getBody().path("status").asText()).isEqualTo("DRAFT");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(no).count()).isZero();

        // the same form in 建筑工程, which Hami's building committee evaluates: no such problem
        form.put("specialty", "建筑工程");
        assertThat(api.put("sbhm01", "/api/applications/" + no, form).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode after = api.get("sbhm01", "/api/applications/" + no + "/eligibility").getBody();
        assertThat(after.path("problems").findValuesAsText("field")).doesNotContain("specialty");
    }

    @Test
    void delegatedApplicationOfARetiredApplicantEndsIneligibleBeforeAnyCommitteeSeesIt() {
        String no = declare("sbhm01", "2023-09-12T09:00", delegatedToRegion().andThen(form ->
                form.withObject("/situation").put("retired", true)));
        submit("sbhm01", no);

        assertThat(bot.runToEnd(no)).isEqualTo("INELIGIBLE");
        JsonNode view = api.get("sbhm01", "/api/applications/" + no).getBody();
        assertThat(view.path("path").path("label").asText()).startsWith("委托评审");
        assertThat(view.path("decisions").get(0).path("returnReasons").toString()).contains("离退休人员不得申报");
        assertThat(bot.visitedTasks(no)).isEmpty();
    }

    // ------------------------------------------------------------------ initial determination (初定)

    @Test
    void hejingSecondaryVocationalGraduateWithTwoYearsOfWorkIsIneligible() {
        String no = declare("sbhj01", "2024-10-09T09:00", hejingForm(false));
        submit("sbhj01", no);

        assertThat(bot.runToEnd(no)).isEqualTo("INELIGIBLE");
        JsonNode view = api.get("sbhj01", "/api/applications/" + no).getBody();
        assertThat(view.path("path").path("label").asText()).isEqualTo("初定");
        assertThat(view.path("decisions").get(0).path("returnReasons").toString())
                .contains("中专毕业须从事专业技术工作满3年");
    }

    @Test
    void hejingQualifyingGraduateIsConfirmedByTheCountyBureau() {
        String no = declare("sbhj01", "2024-10-09T09:00", hejingForm(true));
        submit("sbhj01", no);

        assertThat(bot.runToEnd(no)).isEqualTo("APPROVED");
        assertThat(bot.workers(no, "hr_confirm")).containsOnly("hrbhj01");
        assertThat(api.get("sbhj01", "/api/applications/" + no).getBody().path("status").asText()).isEqualTo("APPROVED");
    }

    // ------------------------------------------------------------------ the declarations

    /** 工程师 since 2014 for 高级工程师: village work since March of {@code since} (still posted), rated 优秀 each year. */
    static Consumer<ObjectNode> directRecognition(int since) {
        return form -> {
            nonferrousForm(form);
            form.withObject("/situation").put("villageWork", true).put("directRecognition", true)
                    .put("villageWorkFrom", since + "-03-01");
            for (int year = since; year <= 2020; year++) {
                rating(form, year, "EXCELLENT");
            }
        };
    }

    /** A complete 2021 non-ferrous declaration of 工程师 王芳's kind, with dates before the clock. */
    static void nonferrousForm(ObjectNode form) {
        form.put("level", "SENIOR_DEPUTY").put("name", "王刚").put("professionYears", 14);
        form.withObject("/pledge").put("date", "2021-09-14");
        ArrayNode achievements = form.putArray("achievements");
        achievements.addObject().put("title", "低品位铜矿浮选工艺优化研究").put("from", "2019-01-01").put("to", "2021-06-30")
                .put("role", "主持").put("description", "提出分段浮选方案，回收率提高3.2个百分点。");
        ArrayNode study = form.putArray("continuingEducation");
        for (int year = 2016; year <= 2021; year++) {
            study.addObject().put("year", year).put("publicHours", 30).put("professionalHours", 60);
        }
        ArrayNode ratings = form.putArray("annualAssessments");
        for (int year = 2018; year <= 2020; year++) {
            ratings.addObject().put("year", year).put("rating", "QUALIFIED");
        }
        form.put("workSummary", "任现职以来，本人主要从事有色金属选矿工艺设计与技术研究工作。".repeat(80));
    }

    /** 工程系列有色金属, which Hami does not evaluate: to the region's committee by Hami's letter. */
    static Consumer<ObjectNode> delegatedToRegion() {
        return form -> {
            form.put("series", "工程系列").put("specialty", "有色金属").put("level", "INTERMEDIATE").put("name", "李刚")
                    .put("employerUnitCode", "650500001").put("unitLevel", "PREFECTURE");
            form.withObject("/situation").put("delegatedEvaluation", true)
                    .put("delegatedToCommittee", REGION_NONFERROUS_COMMITTEE);
            form.withObject("/currentTitle").put("name", "助理工程师").put("level", "ASSISTANT").put("obtainedOn", "2018-09-01");
            form.withObject("/pledge").put("date", "2023-09-12");
            ArrayNode study = form.putArray("continuingEducation");
            for (int year = 2021; year <= 2023; year++) {
                study.addObject().put("year", year).put("publicHours", 30).put("professionalHours", 60);
            }
            ArrayNode ratings = form.putArray("annualAssessments");
            for (int year = 2020; year <= 2022; year++) {
                ratings.addObject().put("year", year).put("rating", "QUALIFIED");
            }
            form.putArray("papers");
        };
    }

    /** A first 助理级 teacher's title in Hejing: 中专 with two years of work, or 本科 with three. */
    static Consumer<ObjectNode> hejingForm(boolean qualifying) {
        return form -> {
            form.put("series", "工程系列").put("specialty", "建筑").put("level", "ASSISTANT").put("name", "艾力")
                    .put("employerUnitCode", "652827001").put("unitLevel", "COUNTY")
                    .put("professionStartDate", qualifying ? "2021-08-01" : "2022-08-01").put("professionYears", qualifying ? 3 : 2);
            form.withObject("/situation").put("firstApplication", true);
            ObjectNode education = form.putArray("education").addObject();
            education.put("level", qualifying ? "BACHELOR" : "SECONDARY_VOCATIONAL").put("school", "新疆建设职业技术学校")
                    .put("major", "建筑工程技术").put("graduationDate", qualifying ? "2021-07-01" : "2022-07-01")
                    .put("fullTime", true).put("degree", "无").put("certificateNo", "无");
            form.putObject("currentTitle").put("name", "无");
            ArrayNode work = form.putArray("workHistory");
            work.addObject().put("from", qualifying ? "2021-08-01" : "2022-08-01").put("unit", "和静县某建筑公司").put("position", "施工员");
            form.putArray("practice").addObject().put("title", "校舍维修工程现场技术管理").put("from", "2023-09-01").put("to", "2024-07-01")
                    .put("role", "施工员").put("description", "负责施工技术交底和质量检查。");
            form.putArray("achievements");
            form.putArray("papers");
            ArrayNode study = form.putArray("continuingEducation");
            for (int year = 2021; year <= 2024; year++) {
                study.addObject().put("year", year).put("publicHours", 30).put("professionalHours", 60);
            }
            ArrayNode ratings = form.putArray("annualAssessments");
            for (int year = 2021; year <= 2023; year++) {
                ratings.addObject().put("year", year).put("rating", "QUALIFIED");
            }
            form.put("socialInsuranceMonths", 24);
            form.put("workSummary", "参加工作以来，从事建筑工程施工技术与质量检查工作。");
            form.withObject("/pledge").put("date", "2024-10-09");
        };
    }

    static void rating(ObjectNode form, int year, String rating) {
        ArrayNode ratings = form.withArray("/annualAssessments");
        for (JsonNode row : ratings) {
            if (row.path("year").asInt() == year) {
                ((ObjectNode) row).put("rating", rating);
                return;
            }
        }
        ratings.addObject().put("year", year).put("rating", rating);
    }

    ObjectNode form(String noticeId, Consumer<ObjectNode> change) {
        ObjectNode form = json.valueToTree(ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber()));
        form.put("noticeId", noticeId);
        change.accept(form);
        return form;
    }

    void clockTo(String beijing) {
        bot.driver().clockTo(beijing);
    }

    /** Creates the draft at that time, uploads a page for every material asked and checks it can be submitted. */
    String declare(String applicant, String at, Consumer<ObjectNode> change) {
        clockTo(at);
        String noticeId = switch (applicant) {
            case "sbys01" -> NONFERROUS;
            case "sbhm01" -> HAMI;
            default -> HEJING;
        };
        ResponseEntity<JsonNode> created = api.post(applicant, "/api/applications", form(noticeId, change));
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String no = created.getBody().path("applicationNo").asText();
        JsonNode check = api.get(applicant, "/api/applications/" + no + "/eligibility").getBody();
        for (JsonNode material : check.path("materials")) {
            String category = material.path("id").asText();
            ResponseEntity<JsonNode> page = api.upload(applicant, no, category, category + ".jpg", TestImages.jpg(120, 90));
            assertThat(page.getStatusCode()).as(String.valueOf(page.getBody())).isEqualTo(HttpStatus.CREATED);
            assertThat(api.post(applicant, "/api/attachments/" + page.getBody().path("id").asText() + "/masks",
                    Map.of("needsMasking", false)).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        JsonNode after = api.get(applicant, "/api/applications/" + no + "/eligibility").getBody();
        List<String> fixable = new ArrayList<>();
        after.path("problems").forEach(p -> {
            if (p.path("fixable").asBoolean()) {
                fixable.add(p.toString());
            }
        });
        assertThat(fixable).as("fixable problems of %s", no).isEmpty();
        return no;
    }

    JsonNode submit(String applicant, String no) {
        ResponseEntity<JsonNode> submitted = api.post(applicant, "/api/applications/" + no + "/submit", null);
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
        return submitted.getBody();
    }

    List<JsonNode> attachments(String user, String no) {
        ResponseEntity<JsonNode> pages = api.get(user, "/api/applications/" + no + "/attachments");
        assertThat(pages.getStatusCode()).as(String.valueOf(pages.getBody())).isEqualTo(HttpStatus.OK);
        List<JsonNode> list = new ArrayList<>();
        pages.getBody().forEach(list::add);
        return list;
    }
}
