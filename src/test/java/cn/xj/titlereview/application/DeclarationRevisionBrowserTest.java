package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;

/**
 * The applicant's page when the unit returns the declaration (reasons, fix deadline, revision and
 * resubmission) and when what they type is wrong (Chinese problems next to the fields).
 */
@H2IntegrationTest
class DeclarationRevisionBrowserTest {

    static final String APPLICANT = "sbxj01";
    static final String NOTICE = "notice-2024-xj-senior-five-series";
    static final Instant IN_WINDOW = Instant.parse("2024-09-02T02:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        ClockUtil.setCurrentTime(Date.from(IN_WINDOW));
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
        ClockUtil.reset();
    }

    @Test
    void aReturnedApplicantReadsEveryReasonAndTheDeadlineRevisesAndResubmits() throws Exception {
        String no = DeclaredApplications.submitted(new Api(rest), json, ApplicationFixtures.freshIdNumber());
        returnAsTheUnit(no, "学历证书扫描件不清晰，请重新上传", "工作总结请补充近三年的主要业绩",
                "<img src=x onerror=\"window.injected=1\">");

        DeclarationPage page = new DeclarationPage(browser, port).login(APPLICANT);
        page.open(no);

        assertThat(page.text("app-status")).isEqualTo("退回修改");
        WebElement returned = browser.findElement(By.id("app-returned"));
        assertThat(returned.isDisplayed()).isTrue();
        assertThat(page.text("app-return-reasons")).contains("学历证书扫描件不清晰，请重新上传", "工作总结请补充近三年的主要业绩",
                "<img src=x onerror=\"window.injected=1\">");
        // returned at 10:00 Beijing time with a 48-hour window
        assertThat(page.text("app-fix-deadline")).contains("48 小时内", "2024/09/04 10:00");
        assertThat(page.text("app-decisions")).contains("用人单位审核", "退回修改");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.injected === undefined")).isEqualTo(true);
        HeadlessChromium.screenshot(browser, "declare-returned");

        String oldDiploma = page.firstPageId("diploma");
        page.click(page.pageBox(oldDiploma).findElement(By.cssSelector("button[data-delete-page]")));
        page.wait.until(d -> page.pages("diploma").isEmpty());
        page.upload("diploma");
        page.maskWithRectangle(page.firstPageId("diploma"));
        WebElement summary = page.field("workSummary");
        page.scroll(summary);
        summary.sendKeys("近三年主持完成铜矿选矿厂技术改造项目两项。");
        assertThat(page.text("summary-count")).startsWith("已输入 " + (summary.getAttribute("value").length()) + " 字");
        assertThat(page.runCheck()).startsWith("预检通过");

        assertThat(page.submit()).isEqualTo("审核中");

        assertThat(page.text("app-submissions")).startsWith("2 次");
        assertThat(browser.findElement(By.id("app-returned")).isDisplayed()).isFalse();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("unit_review").count())
                .isEqualTo(1);
        HeadlessChromium.screenshot(browser, "declare-resubmitted");
    }

    @Test
    void wrongInputShowsTheChineseProblemNextToEachFieldAndNothingIsSaved() throws Exception {
        DeclarationPage page = new DeclarationPage(browser, port).login(APPLICANT);
        // the login lasts as long as the tab: a reload keeps the applicant on the home view
        browser.navigate().refresh();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-home")));
        assertThat(page.text("who-name")).contains(APPLICANT);
        page.createDraft(NOTICE);
        String valid = ApplicationFixtures.freshIdNumber();
        String wrongChecksum = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        page.type("name", "张伟").type("idNumber", wrongChecksum).type("phone", "12345")
                .type("professionYears", "十九").type("education[0].graduationDate", "2005-02-30");
        page.type("employerUnitCode", "659999999");
        assertThat(page.text("unit-name")).isEqualTo("目录中没有此代码，请核对");
        page.type("employerUnitCode", "650100001");
        assertThat(page.text("unit-name")).isEqualTo("新疆天山有色金属设计研究院");
        page.clickSave();

        // not a number: said on the page before anything is sent
        assertThat(errorAt(page, "professionYears")).isEqualTo("请填写整数");
        page.type("professionYears", "19");
        page.clickSave();

        assertThat(errorAt(page, "idNumber")).isEqualTo("身份证号码校验码不正确");
        assertThat(errorAt(page, "phone")).isEqualTo("请填写11位手机号码或带区号的固定电话");
        assertThat(errorAt(page, "education[0].graduationDate")).isNotBlank().containsPattern("[\\u4e00-\\u9fa5]");
        assertThat(page.text("form-errors")).contains("身份证号码", "联系电话", "学历学位 第1行 · 毕业日期");
        assertThat(page.text("save-result")).isEmpty();
        HeadlessChromium.screenshot(browser, "declare-field-errors");

        page.type("idNumber", valid).type("phone", "13899990000").type("education[0].graduationDate", "2005-07-01");
        page.save();
        assertThat(browser.findElements(By.cssSelector(".field-error"))).isEmpty();

        page.submit();
        WebElement refused = browser.findElement(By.id("submit-errors"));
        assertThat(refused.isDisplayed()).isTrue();
        assertThat(refused.getText()).contains("承诺");
        assertThat(page.text("app-status")).isEqualTo("草稿");
        assertThat(page.runCheck()).contains("可修改补正");
        assertThat(page.checkProblems()).anySatisfy(p -> assertThat(p).contains("可补正"));
        page.scrollTo("check-panel");
        HeadlessChromium.screenshot(browser, "declare-check-problems");
    }

    @Test
    void thePreCheckListsEveryProblemWithItsRuleClauseAndWhetherARevisionCanFixIt() throws Exception {
        String no = DeclaredApplications.draft(new Api(rest), json, ApplicationFixtures.freshIdNumber());
        DeclarationPage page = new DeclarationPage(browser, port).login(APPLICANT);
        page.open(no);
        assertThat(page.runCheck()).startsWith("预检通过");

        // 副高级 held only since 2021 (正高级 needs five years), and the 2020 continuing education removed
        page.type("currentTitle.obtainedOn", "2021-12-20");
        WebElement year2020 = browser.findElements(By.cssSelector("[data-path='year']")).stream()
                .filter(y -> "2020".equals(y.getAttribute("value"))).findFirst().orElseThrow();
        page.click(year2020.findElement(By.xpath("ancestor::div[contains(@class,'list-row')]//button[@data-remove]")));
        String verdict = page.runCheck();

        assertThat(verdict).contains("不可补正", "不符合本通知的申报条件");
        assertThat(page.checkProblems()).anySatisfy(p -> assertThat(p)
                .contains("现职称", "取得现职称至2024-10-10仅2年9个月，申报正高级须满5年", "不可补正"));
        assertThat(page.checkProblems()).anySatisfy(p -> assertThat(p)
                .contains("继续教育", "缺少2020年度继续教育学时", "第四条第（一）款第7项", "可补正"));
        page.scrollTo("check-panel");
        HeadlessChromium.screenshot(browser, "declare-check");
    }

    @Test
    void aSubmissionAfterTheDeclarationWindowIsRefusedWithTheWindowOnThePage() throws Exception {
        String no = DeclaredApplications.draft(new Api(rest), json, ApplicationFixtures.freshIdNumber());
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-10-11T02:00:00Z")));
        DeclarationPage page = new DeclarationPage(browser, port).login(APPLICANT);
        assertThat(page.text("notices")).contains("已截止");
        page.open(no);

        page.submit();

        WebElement refused = browser.findElement(By.id("submit-errors"));
        assertThat(refused.isDisplayed()).isTrue();
        assertThat(refused.getText()).contains("当前不在申报时间内", "2024-10-10");
        assertThat(page.text("app-status")).isEqualTo("草稿");
    }

    private String errorAt(DeclarationPage page, String field) {
        return page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".field-error[data-error-for='" + field + "']"))).getText();
    }

    private void returnAsTheUnit(String no, String... reasons) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("unit_review")
                .singleResult();
        identityService.setAuthentication("dwxj01", identityService.createGroupQuery().groupMember("dwxj01").list()
                .stream().map(g -> g.getId()).toList());
        try {
            taskService.claim(task.getId(), "dwxj01");
            taskService.complete(task.getId(), Map.of("decision", "RETURN", "comment", "请按退回原因修改",
                    "returnReasons", String.join("\n", reasons)));
        } finally {
            identityService.clearAuthentication();
        }
    }
}
