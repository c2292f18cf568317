package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;

/**
 * Each demo applicant declares for their notice on the Chinese declaration page, as a person would:
 * logs in, creates the draft, fills in every section, uploads a page for every material the
 * pre-check asks, masks a page by drawing a rectangle, runs the pre-check and submits; the page then
 * shows the application in review and the unit's reviewer has the task.
 */
@H2IntegrationTest
class DeclarationBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
        ClockUtil.reset();
    }

    static Stream<Declarant> declarants() {
        return Stream.of(Declarant.senior(), Declarant.nonferrous(), Declarant.akesu(), Declarant.hami(), Declarant.hejing());
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("declarants")
    void anApplicantDeclaresForTheirNoticeFromTheBrowserAndSubmits(Declarant declarant) throws Exception {
        ClockUtil.setCurrentTime(Date.from(declarant.now()));
        DeclarationPage page = new DeclarationPage(browser, port).login(declarant.user());
        assertThat(page.text("notices")).contains("申报中");

        String no = page.createDraft(declarant.noticeId());
        assertThat(page.text("app-status")).isEqualTo("草稿");
        declarant.fillIn(page, declarant.freshIdNumber());
        assertThat(page.text("unit-name")).as("the unit's name beside its code").isNotBlank()
                .doesNotContain("请核对");
        page.save();
        assertThat(page.field("idNumber").getAttribute("value")).contains("********");
        String shot = declarant.user() + "-" + declarant.noticeId();
        page.scrollToTop("sec-education");
        HeadlessChromium.screenshot(browser, "declare-form-" + shot);

        page.uploadEveryMaterialMaskingTheFirst();
        assertThat(page.materials()).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("img[data-masked]"))).hasSize(1);
        page.scrollToTop("materials-panel");
        HeadlessChromium.screenshot(browser, "declare-mask-" + shot);
        page.scrollTo("materials-panel");
        HeadlessChromium.screenshot(browser, "declare-materials-" + shot);

        String verdict = page.runCheck();
        page.scrollTo("check-panel");
        HeadlessChromium.screenshot(browser, "declare-check-" + shot);
        assertThat(verdict).as(String.join("\n", page.checkProblems())).startsWith("预检通过");

        String status = page.submit();

        assertThat(status).isEqualTo("审核中");
        assertThat(page.text("app-submissions")).startsWith("1 次");
        assertThat(page.text("app-stage")).isNotBlank();
        assertThat(page.text("flash")).contains("已提交");
        assertThat(browser.findElement(By.id("form-readonly")).isDisplayed()).isTrue();
        HeadlessChromium.screenshot(browser, "declare-submitted-" + shot);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no).list())
                .extracting(t -> t.getTaskDefinitionKey()).contains("unit_review");
    }
}
