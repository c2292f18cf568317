package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xj.titlereview.declaration.ApplicationForm.AccomplishmentForm;
import cn.xj.titlereview.declaration.ApplicationForm.EducationForm;
import cn.xj.titlereview.declaration.ApplicationForm.WorkPeriodForm;
import cn.xj.titlereview.declaration.ApplicationForm;
import cn.xj.titlereview.declaration.IdNumbers;
import cn.xj.titlereview.declaration.IdNumbersTest;
import cn.xj.titlereview.support.H2IntegrationTest;

/** The application API as the applicant and others use it, on H2. */
@H2IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
public class ApplicationApiH2Test {

    static final String APPLICANT = "sbxj01";
    static final String OTHER_APPLICANT = "sbys01";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        // dates are checked against the engine clock: real time for these tests
        ClockUtil.reset();
        ApplicationFixtures.deployTestNotice(repositoryService);
    }

    // ---- create, read, update ------------------------------------------------------------------

    @Test
    void applicantCreatesADraftAndReadsItWithTheIdNumberMasked() {
        String id = ApplicationFixtures.freshIdNumber();
        ResponseEntity<JsonNode> created = api.create(APPLICANT, ApplicationFixtures.complete(id));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String no = created.getBody().path("applicationNo").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/applications/" + no);
        JsonNode view = api.get(APPLICANT, "/api/applications/" + no).getBody();
        assertThat(view.path("status").asText()).isEqualTo("DRAFT");
        assertThat(view.path("stage").asText()).isEqualTo("填写申报");
        assertThat(view.path("submissionCount").asInt()).isZero();
        assertThat(view.path("fee").isNull()).isTrue();
        assertThat(view.path("decisions")).isEmpty();
        assertThat(view.path("form").path("idNumber").asText()).isEqualTo(IdNumbers.mask(id));
        assertThat(view.toString()).doesNotContain(id);
        assertThat(view.path("form").path("name").asText()).isEqualTo("张伟");
    }

    @Test
    void applicantUpdatesTheDraftAndKeepsTheIdNumberBySendingTheMaskedForm() {
        String id = ApplicationFixtures.freshIdNumber();
        String no = createdNo(ApplicationFixtures.complete(id));
        ApplicationForm read = formOf(no);

        ResponseEntity<JsonNode> updated = api.put(APPLICANT, "/api/applications/" + no, withSpecialty(read, "冶金工程"));

        assertThat(updated.getStatusCode()).as(String.valueOf(updated.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(api.get(APPLICANT, "/api/applications/" + no).getBody().path("form").path("specialty").asText())
                .isEqualTo("冶金工程");
        assertThat(api.get(APPLICANT, "/api/applications/" + no + "/id-number").getBody().path("idNumber").asText())
                .isEqualTo(id);
    }

    @Test
    void aDraftMayBeIncompleteButBlankTextIsRefused() {
        ApplicationForm minimal = new ApplicationForm(ApplicationFixtures.NOTICE, "工程系列", null, null, null, "张伟",
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
        assertThat(api.create(APPLICANT, minimal).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ApplicationForm blank = withSpecialty(minimal, "  ");
        ResponseEntity<JsonNode> refused = api.create(APPLICANT, blank);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Api.problems(refused)).containsExactly("specialty:必填");
        assertThat(refused.getBody().path("errors").get(0).path("message").asText()).contains("“无”");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        ApplicationForm good = ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber());
        ApplicationForm bad = new ApplicationForm(good.noticeId(), good.series(), good.specialty(), good.subSpecialty(),
                "CHIEF", good.name(), good.gender(), "650102198503120018", "12345", " ", good.politics(),
                "650-100", good.employerType(), good.unitLevel(), good.situation(),
                List.of(new EducationForm("BACHELOR", "新疆大学", "冶金工程", LocalDate.now().plusDays(3).toString(), true,
                        "工学学士", "无")),
                good.currentTitle(), "2007-02-30", good.professionYears(),
                List.of(new WorkPeriodForm("2016-01-01", "2015-01-01", "某设计院", "设计员")),
                good.practice(),
                List.of(new AccomplishmentForm(" 阿舍勒铜矿选矿厂扩建工程工艺设计。", "2019-01-01", "2021-12-31", "主持", "同一业绩")),
                good.awards(), good.intellectualProperty(), good.books(), good.papers(), good.continuingEducation(),
                good.annualAssessments(), good.putonghuaLevel(), good.socialInsuranceMonths(),
                "字".repeat(10001), good.pledge());

        ResponseEntity<JsonNode> refused = api.create(APPLICANT, bad);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("申报信息有误");
        assertThat(Api.problems(refused)).containsExactlyInAnyOrder(
                "idNumber:校验码",
                "level:取值",
                "phone:格式",
                "ethnicity:必填",
                "employerUnitCode:格式",
                "education[0].graduationDate:日期",
                "professionStartDate:日期格式",
                "workHistory[0].to:顺序",
                "achievements[0].title:重复使用",
                "workSummary:长度");
        JsonNode first = refused.getBody().path("errors").get(0);
        assertThat(first.path("field").asText()).isEqualTo("idNumber");
        assertThat(first.path("message").asText()).isEqualTo("身份证号码校验码不正确");
    }

    @Test
    void idNumbersWithAWrongRegionOrBirthDateAreRefused() {
        ApplicationForm good = ApplicationFixtures.complete(null);
        String unknownRegion = IdNumbersTest.valid("990102", LocalDate.of(1985, 3, 12), 11);
        String future = IdNumbersTest.valid("650102", LocalDate.now().plusYears(1), 11);
        String tooYoung = IdNumbersTest.valid("650102", LocalDate.now().minusYears(10), 11);

        assertThat(Api.problems(api.create(APPLICANT, withId(good, unknownRegion)))).containsExactly("idNumber:地区码");
        assertThat(Api.problems(api.create(APPLICANT, withId(good, future)))).containsExactly("idNumber:出生日期");
        assertThat(Api.problems(api.create(APPLICANT, withId(good, tooYoung)))).containsExactly("idNumber:出生日期");
    }

    @Test
    void datesBeforeTheBirthDateAreRefused() {
        String id = ApplicationFixtures.freshIdNumber();
        LocalDate birth = IdNumbers.check(id, LocalDate.now(), "idNumber").birthDate();
        ApplicationForm good = ApplicationFixtures.complete(id);
        ApplicationForm graduatedBeforeBirth = withEducation(good, new EducationForm("BACHELOR", "新疆大学", "冶金工程",
                birth.minusDays(1).toString(), true, "工学学士", "无"));

        ResponseEntity<JsonNode> refused = api.create(APPLICANT, graduatedBeforeBirth);

        assertThat(Api.problems(refused)).containsExactly("education[0].graduationDate:顺序");
    }

    @Test
    void genderMustMatchTheIdNumber() {
        ApplicationForm good = ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber());
        ApplicationForm female = new ApplicationForm(good.noticeId(), good.series(), good.specialty(),
                good.subSpecialty(), good.level(), good.name(), "FEMALE", good.idNumber(), good.phone(),
                good.ethnicity(), good.politics(), good.employerUnitCode(), good.employerType(), good.unitLevel(),
                good.situation(), good.education(), good.currentTitle(), good.professionStartDate(),
                good.professionYears(), good.workHistory(), good.practice(), good.achievements(), good.awards(),
                good.intellectualProperty(), good.books(), good.papers(), good.continuingEducation(),
                good.annualAssessments(), good.putonghuaLevel(), good.socialInsuranceMonths(), good.workSummary(),
                good.pledge());
        assertThat(Api.problems(api.create(APPLICANT, female))).containsExactly("gender:一致性");
    }

    @Test
    void malformedJsonIsA400InChinese() {
        HttpHeaders headers = Api.headers(APPLICANT);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> refused = rest.exchange("/api/applications", HttpMethod.POST,
                new HttpEntity<>("{\"professionYears\": \"很多\"}", headers), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Api.problems(refused)).containsExactly("professionYears:类型");
        assertThat(refused.getBody().path("errors").get(0).path("message").asText()).isEqualTo("应为整数");
    }

    @Test
    void nothingIsWrittenWhenARequestIsRefused() {
        String id = ApplicationFixtures.freshIdNumber();
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM application", Integer.class);
        ApplicationForm bad = withPhone(ApplicationFixtures.complete(id), "call me");
        assertThat(api.create(APPLICANT, bad).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application", Integer.class)).isEqualTo(before);

        String no = createdNo(ApplicationFixtures.complete(id));
        JsonNode original = api.get(APPLICANT, "/api/applications/" + no).getBody().path("form");
        ApplicationForm halfGood = withPhone(withSpecialty(formOf(no), "另一个专业"), "call me");
        assertThat(api.put(APPLICANT, "/api/applications/" + no, halfGood).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get(APPLICANT, "/api/applications/" + no).getBody().path("form")).isEqualTo(original);
    }

    @Test
    void htmlIsKeptAsTextAndReturnedAsJson() {
        String script = "<script>alert('x')</script> &lt;b&gt; <img src=x onerror=alert(1)>";
        String no = createdNo(ApplicationRoundTripContract.withSummary(
                ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber()), script));

        ResponseEntity<JsonNode> read = api.get(APPLICANT, "/api/applications/" + no);

        assertThat(read.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(read.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(read.getBody().path("form").path("workSummary").asText()).isEqualTo(script);
        assertThat(jdbc.queryForObject("SELECT work_summary FROM application WHERE application_no = ?",
                String.class, no)).isEqualTo(script);
    }

    @Test
    void oneApplicationPerPersonAndNotice() {
        String id = ApplicationFixtures.freshIdNumber();
        createdNo(ApplicationFixtures.complete(id));
        ResponseEntity<JsonNode> second = api.create(APPLICANT, ApplicationFixtures.complete(id.toLowerCase()));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().path("message").asText()).contains("同一人同一通知只能申报一次");
    }

    @Test
    void assessmentRatingsMayBeGivenInChinese() {
        ApplicationForm good = ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber());
        ApplicationForm chinese = new ApplicationForm(good.noticeId(), good.series(), good.specialty(),
                good.subSpecialty(), "副高级", good.name(), "男", good.idNumber(), good.phone(), good.ethnicity(),
                good.politics(), good.employerUnitCode(), "事业单位", good.unitLevel(), good.situation(),
                good.education(), good.currentTitle(), good.professionStartDate(), good.professionYears(),
                good.workHistory(), good.practice(), good.achievements(), good.awards(), good.intellectualProperty(),
                good.books(), good.papers(), good.continuingEducation(),
                List.of(new ApplicationForm.AssessmentForm(2023, "基本合格")), "三级乙等", good.socialInsuranceMonths(),
                good.workSummary(), good.pledge());
        String no = createdNo(chinese);
        JsonNode form = api.get(APPLICANT, "/api/applications/" + no).getBody().path("form");
        assertThat(form.path("level").asText()).isEqualTo("SENIOR_DEPUTY");
        assertThat(form.path("annualAssessments").get(0).path("rating").asText()).isEqualTo("BASICALLY_QUALIFIED");
        assertThat(form.path("putonghuaLevel").asText()).isEqualTo("THIRD_B");
    }

    // ---- who may do what -----------------------------------------------------------------------

    @Test
    void anotherApplicantIsRefusedWith403() {
        String no = createdNo(ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber()));
        assertThat(api.get(OTHER_APPLICANT, "/api/applications/" + no).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> put = api.put(OTHER_APPLICANT, "/api/applications/" + no, formOf(no));
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put.getBody().path("message").asText()).isEqualTo("只能修改本人的申报");
        assertThat(api.post(OTHER_APPLICANT, "/api/applications/" + no + "/submit", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get(OTHER_APPLICANT, "/api/applications/" + no + "/id-number").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // the unit's reviewer sees nothing of a draft
        assertThat(api.get("dwxj01", "/api/applications/" + no).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void onlyApplicantsCreateApplications() {
        ResponseEntity<JsonNode> refused = api.create("dwxj01", ApplicationFixtures.complete(null));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("只有申报人可以创建申报");
    }

    @Test
    void unknownApplicationsAre404() {
        assertThat(api.get(APPLICANT, "/api/applications/ZC2024-999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> put = api.put(APPLICANT, "/api/applications/ZC2024-999999",
                ApplicationFixtures.complete(null));
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put.getBody().path("message").asText()).isEqualTo("申报不存在");
        assertThat(api.post(APPLICANT, "/api/applications/ZC2024-999999/submit", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void callsWithoutValidCredentialsAre401InChinese() {
        ResponseEntity<String> anonymous = rest.getForEntity("/api/applications", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(anonymous.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(new String(anonymous.getBody().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains("请先登录");

        // a user of its own: failed logins delay the next attempts of that user
        User user = identityService.newUser("apiwrongpw" + System.nanoTime() % 100000);
        user.setPassword("Rightful#2024pw");
        identityService.saveUser(user);
        HttpHeaders wrong = new HttpHeaders();
        wrong.setBasicAuth(user.getId(), "Wrongful#2024pw");
        ResponseEntity<JsonNode> refused = rest.exchange("/api/applications", HttpMethod.GET, new HttpEntity<>(wrong),
                JsonNode.class);
        identityService.deleteUser(user.getId());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("用户名或密码不正确");
    }

    @Test
    void theApplicantListsOnlyTheirOwnApplications() {
        String mine = createdNo(ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber()));
        JsonNode list = api.get(APPLICANT, "/api/applications").getBody();
        assertThat(list.findValuesAsText("applicationNo")).contains(mine);
        assertThat(api.get(OTHER_APPLICANT, "/api/applications").getBody().findValuesAsText("applicationNo"))
                .doesNotContain(mine);
    }

    // ---- submission and the process ------------------------------------------------------------

    @Test
    void submissionListsEverythingMissing() {
        ApplicationForm good = ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber());
        ApplicationForm incomplete = ApplicationRoundTripContract.withSummary(good, "无");
        String no = createdNo(incomplete);
        String page = uploaded(no, "diploma").path("id").asText();

        ResponseEntity<JsonNode> refused = api.post(APPLICANT, "/api/applications/" + no + "/submit", null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("申报信息不完整");
        assertThat(Api.problems(refused)).containsExactlyInAnyOrder(
                "workSummary:必填", "attachments.id-card:必传材料", "attachments.photo:必传材料",
                "attachments[0]:遮盖");
        assertThat(api.get(APPLICANT, "/api/applications/" + no).getBody().path("status").asText()).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application_snapshot WHERE application_no = ?",
                Integer.class, no)).isZero();
        assertThat(page).isNotBlank();
    }

    @Test
    void anEmployerUnitOutsideTheDirectoryIsAFixableProblemOfThePreCheck() {
        JsonNode units = api.get(APPLICANT, "/api/units").getBody();
        assertThat(units.findValuesAsText("code")).contains("650100001", "652827001");
        assertThat(units.findValuesAsText("name")).contains("新疆天山有色金属设计研究院");

        ApplicationForm good = ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber());
        String no = createdNo(good);
        ApplicationForm unknownUnit = formOf(no);
        com.fasterxml.jackson.databind.node.ObjectNode changed = new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(unknownUnit);
        changed.put("employerUnitCode", "659999999");
        assertThat(api.put(APPLICANT, "/api/applications/" + no, changed).getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode check = api.get(APPLICANT, "/api/applications/" + no + "/eligibility").getBody();
        JsonNode problem = java.util.stream.StreamSupport.stream(check.path("problems").spliterator(), false)
                .filter(p -> p.path("field").asText().equals("employerUnitCode")).findFirst().orElseThrow();
        assertThat(problem.path("rule").asText()).isEqualTo("登记");
        assertThat(problem.path("fixable").asBoolean()).isTrue();
        assertThat(problem.path("message").asText()).contains("659999999");
        assertThat(api.post(APPLICANT, "/api/applications/" + no + "/submit", null).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theWorkSummaryMustNotNameTheApplicant() {
        String no = createdNo(ApplicationRoundTripContract.withSummary(
                ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber()), "本人张伟任现职以来……"));
        settle(no);
        assertThat(Api.problems(api.post(APPLICANT, "/api/applications/" + no + "/submit", null)))
                .containsExactly("workSummary:盲评");
    }

    @Test
    void submitReturnReviseResubmitAndFinish() {
        String no = createdNo(ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber()));
        settle(no);

        JsonNode submitted = api.post(APPLICANT, "/api/applications/" + no + "/submit", null).getBody();
        assertThat(submitted.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.path("submissionCount").asInt()).isEqualTo(1);
        assertThat(submitted.path("stage").asText()).isEqualTo("评审委员会形式审核");
        assertThat(submitted.path("stageKeys").get(0).asText()).isEqualTo("committee_intake");

        // no change while in review
        assertThat(api.put(APPLICANT, "/api/applications/" + no, formOf(no)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.post(APPLICANT, "/api/applications/" + no + "/submit", null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.upload(APPLICANT, no, "photo", "photo.jpg",
                cn.xj.titlereview.attachment.TestImages.jpg(50, 50)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // the committee office returns it with every reason at once
        complete(no, "committee_intake", Map.of("decision", "RETURN", "comment", "请补充材料",
                "returnReasons", "[\"学历证书不清晰\",\"缺少继续教育证明\"]"));
        JsonNode returned = api.get(APPLICANT, "/api/applications/" + no).getBody();
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("decisions")).hasSize(1);
        JsonNode decision = returned.path("decisions").get(0);
        assertThat(decision.path("decision").asText()).isEqualTo("RETURN");
        assertThat(decision.path("snapshotVersion").asInt()).isEqualTo(1);
        assertThat(decision.path("returnReasons").findValuesAsText("")).isEmpty();
        assertThat(decision.path("returnReasons").get(1).asText()).isEqualTo("缺少继续教育证明");
        assertThat(decision.path("actor").isNull()).isTrue();

        // the applicant fixes and resubmits
        assertThat(api.put(APPLICANT, "/api/applications/" + no, withSpecialty(formOf(no), "选矿")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        JsonNode resubmitted = api.post(APPLICANT, "/api/applications/" + no + "/submit", null).getBody();
        assertThat(resubmitted.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.path("submissionCount").asInt()).isEqualTo(2);
        assertThat(resubmitted.path("submissions")).hasSize(2);
        assertThat(resubmitted.path("stageKeys").get(0).asText()).isEqualTo("committee_intake");

        // both versions stay as they were submitted
        List<String> specialties = jdbc.queryForList(
                "SELECT data_json FROM application_snapshot WHERE application_no = ? ORDER BY snapshot_version",
                String.class, no).stream().map(json -> json.contains("\"specialty\":\"选矿\"") ? "选矿" : "有色金属").toList();
        assertThat(specialties).containsExactly("有色金属", "选矿");

        complete(no, "committee_intake", Map.of("decision", "APPROVE", "finalStatus", "APPROVED"));
        JsonNode finished = api.get(APPLICANT, "/api/applications/" + no).getBody();
        assertThat(finished.path("status").asText()).isEqualTo("APPROVED");
        assertThat(finished.path("stage").asText()).isEqualTo("已结束：评审通过");
        assertThat(finished.path("decisions")).hasSize(2);
        assertThat(finished.path("decisions").get(1).path("snapshotVersion").asInt()).isEqualTo(2);
        assertThat(api.put(APPLICANT, "/api/applications/" + no, formOf(no)).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void reviewersSeeTheSubmittedApplicationMaskedAndOtherUnitsDoNot() {
        String id = ApplicationFixtures.freshIdNumber();
        String no = createdNo(ApplicationFixtures.complete(id));
        settle(no);
        api.post(APPLICANT, "/api/applications/" + no + "/submit", null);

        ResponseEntity<JsonNode> unit = api.get("dwxj01", "/api/applications/" + no);
        assertThat(unit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(unit.getBody().toString()).doesNotContain(id);
        assertThat(api.get("dwaks01", "/api/applications/" + no).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // experts never get name, unit or ID number
        assertThat(api.get("zjxj01", "/api/applications/" + no).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // the full number: the applicant, and the committee office and bureau the process names (the
        // test notice's names none; see ApplicationAccessContract for a notice that does)
        assertThat(api.get(APPLICANT, "/api/applications/" + no + "/id-number").getBody().path("idNumber").asText())
                .isEqualTo(id);
        assertThat(api.get("hrbxj01", "/api/applications/" + no + "/id-number").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("dwxj01", "/api/applications/" + no + "/id-number").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void submittingToANoticeWithoutAProcessIsRefusedAndLeavesNothing() {
        ApplicationForm good = ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber());
        ApplicationForm elsewhere = new ApplicationForm("notice-2099-not-deployed", good.series(), good.specialty(),
                good.subSpecialty(), good.level(), good.name(), good.gender(), good.idNumber(), good.phone(),
                good.ethnicity(), good.politics(), good.employerUnitCode(), good.employerType(), good.unitLevel(),
                good.situation(), good.education(), good.currentTitle(), good.professionStartDate(),
                good.professionYears(), good.workHistory(), good.practice(), good.achievements(), good.awards(),
                good.intellectualProperty(), good.books(), good.papers(), good.continuingEducation(),
                good.annualAssessments(), good.putonghuaLevel(), good.socialInsuranceMonths(), good.workSummary(),
                good.pledge());
        String no = createdNo(elsewhere);
        settle(no);

        ResponseEntity<JsonNode> refused = api.post(APPLICANT, "/api/applications/" + no + "/submit", null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().path("message").asText()).contains("尚未部署");
        JsonNode view = api.get(APPLICANT, "/api/applications/" + no).getBody();
        assertThat(view.path("status").asText()).isEqualTo("DRAFT");
        assertThat(view.path("submissionCount").asInt()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application_snapshot WHERE application_no = ?",
                Integer.class, no)).isZero();
    }

    @Test
    void theProcessCarriesIdsAndCodesOnly() {
        String id = ApplicationFixtures.freshIdNumber();
        String no = createdNo(ApplicationFixtures.complete(id));
        settle(no);
        api.post(APPLICANT, "/api/applications/" + no + "/submit", null);

        Task intake = taskService.createTaskQuery().processInstanceBusinessKey(no).singleResult();
        Map<String, Object> variables = taskService.getVariables(intake.getId());
        assertThat(variables).containsOnlyKeys("applicationNo", "noticeId", "level", "series", "specialty",
                "unitGroup", "applicantUserId");
        assertThat(variables).containsEntry("unitGroup", "unit650100001").containsEntry("level", "SENIOR_DEPUTY");
        assertThat(variables.values().toString()).doesNotContain("张伟").doesNotContain(id).doesNotContain("13899990000");
    }

    @Test
    void logsNeverShowTheIdNumber(CapturedOutput output) {
        String id = ApplicationFixtures.freshIdNumber();
        String no = createdNo(ApplicationFixtures.complete(id));
        settle(no);
        api.post(APPLICANT, "/api/applications/" + no + "/submit", null);
        assertThat(api.get(APPLICANT, "/api/applications/" + no + "/id-number").getStatusCode()).isEqualTo(HttpStatus.OK);
        api.create(APPLICANT, ApplicationFixtures.complete(id.substring(0, 17) + "0"));

        assertThat(output.getAll()).contains(no).doesNotContain(id).doesNotContain(id.substring(0, 17));
    }

    @Test
    void aProcessStartedWithoutAnApplicationRunsAndRecordsNothing() {
        String key = "ZC2099-" + (100000 + System.nanoTime() % 800000);
        runtimeService.startProcessInstanceByKey(ApplicationFixtures.NOTICE, key,
                Map.of("applicationNo", key, "applicantUserId", APPLICANT));
        complete(key, "committee_intake", Map.of("decision", "RETURN", "returnReasons", "缺少材料"));
        complete(key, "applicant_revise", Map.of());
        complete(key, "committee_intake", Map.of("decision", "APPROVE", "finalStatus", "APPROVED"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application_decision WHERE application_no = ?",
                Integer.class, key)).isZero();
    }

    @Test
    void openApiDescribesTheApiInChinese() {
        ResponseEntity<String> docs = rest.getForEntity("/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("创建申报草稿", "提交申报", "上传一页材料（JPG）", "设置遮盖", "申报信息有误",
                "/api/applications/{no}/submit", "basicAuth");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private String createdNo(ApplicationForm form) {
        ResponseEntity<JsonNode> created = api.create(APPLICANT, form);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("applicationNo").asText();
    }

    private ApplicationForm formOf(String no) {
        JsonNode form = api.get(APPLICANT, "/api/applications/" + no).getBody().path("form");
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().treeToValue(form, ApplicationForm.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode uploaded(String no, String category) {
        ResponseEntity<JsonNode> response = api.upload(APPLICANT, no, category, category + ".jpg",
                cn.xj.titlereview.attachment.TestImages.jpg(120, 90));
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    /** The two materials every notice asks for, confirmed to need no masking. */
    private void settle(String no) {
        for (String category : List.of("id-card", "photo")) {
            String page = uploaded(no, category).path("id").asText();
            assertThat(api.post(APPLICANT, "/api/attachments/" + page + "/masks", Map.of("needsMasking", false))
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }

    private void complete(String no, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as("task %s of %s", taskKey, no).isNotNull();
        taskService.complete(task.getId(), variables);
    }

    static ApplicationForm withSpecialty(ApplicationForm f, String specialty) {
        return new ApplicationForm(f.noticeId(), f.series(), specialty, f.subSpecialty(), f.level(), f.name(),
                f.gender(), f.idNumber(), f.phone(), f.ethnicity(), f.politics(), f.employerUnitCode(),
                f.employerType(), f.unitLevel(), f.situation(), f.education(), f.currentTitle(),
                f.professionStartDate(), f.professionYears(), f.workHistory(), f.practice(), f.achievements(),
                f.awards(), f.intellectualProperty(), f.books(), f.papers(), f.continuingEducation(),
                f.annualAssessments(), f.putonghuaLevel(), f.socialInsuranceMonths(), f.workSummary(), f.pledge());
    }

    static ApplicationForm withPhone(ApplicationForm f, String phone) {
        return new ApplicationForm(f.noticeId(), f.series(), f.specialty(), f.subSpecialty(), f.level(), f.name(),
                f.gender(), f.idNumber(), phone, f.ethnicity(), f.politics(), f.employerUnitCode(),
                f.employerType(), f.unitLevel(), f.situation(), f.education(), f.currentTitle(),
                f.professionStartDate(), f.professionYears(), f.workHistory(), f.practice(), f.achievements(),
                f.awards(), f.intellectualProperty(), f.books(), f.papers(), f.continuingEducation(),
                f.annualAssessments(), f.putonghuaLevel(), f.socialInsuranceMonths(), f.workSummary(), f.pledge());
    }

    public static ApplicationForm withId(ApplicationForm f, String idNumber) {
        return new ApplicationForm(f.noticeId(), f.series(), f.specialty(), f.subSpecialty(), f.level(), f.name(),
                null, idNumber, f.phone(), f.ethnicity(), f.politics(), f.employerUnitCode(),
                f.employerType(), f.unitLevel(), f.situation(), f.education(), f.currentTitle(),
                f.professionStartDate(), f.professionYears(), f.workHistory(), f.practice(), f.achievements(),
                f.awards(), f.intellectualProperty(), f.books(), f.papers(), f.continuingEducation(),
                f.annualAssessments(), f.putonghuaLevel(), f.socialInsuranceMonths(), f.workSummary(), f.pledge());
    }

    static ApplicationForm withEducation(ApplicationForm f, EducationForm education) {
        return new ApplicationForm(f.noticeId(), f.series(), f.specialty(), f.subSpecialty(), f.level(), f.name(),
                f.gender(), f.idNumber(), f.phone(), f.ethnicity(), f.politics(), f.employerUnitCode(),
                f.employerType(), f.unitLevel(), f.situation(), List.of(education), f.currentTitle(),
                f.professionStartDate(), f.professionYears(), f.workHistory(), f.practice(), f.achievements(),
                f.awards(), f.intellectualProperty(), f.books(), f.papers(), f.continuingEducation(),
                f.annualAssessments(), f.putonghuaLevel(), f.socialInsuranceMonths(), f.workSummary(), f.pledge());
    }
}
