package cn.xj.titlereview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;
import org.springframework.context.ApplicationContext;
import cn.xj.titlereview.application.DeclaredStarts;

/**
 * 退回上一环节 in Tasklist: the competent department {@code zgxj01} chooses 退回用人单位重新审核 on its Chinese form and
 * gives the reason; the employer unit {@code dwxj01} finds the unit review again with 上一环节退回原因 on its form and
 * the choice whether its recommendation opinion changed. Screenshot: docs/images/tasklist-send-back.png.
 */
@H2IntegrationTest
class TasklistSendBackBrowserTest {

    static final String REASON = "推荐意见未写明申报专业，请核实后重新审核";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
        ClockUtil.reset();
    }

    @Test
    void theCompetentDepartmentSendsBackFromItsFormAndTheUnitSeesTheReason() throws Exception {
        new CampaignDriver(rest).clockTo("2024-09-02T10:00");
        String no = "TS" + System.nanoTime() % 10_000_000;
        DeclaredStarts.in(context).start(new ApplicationProcessStart(no, "notice-2024-xj-senior-five-series", Level.SENIOR_FULL,
                "工程系列", "有色金属", "650100001", "sbxj01", ApplicationFacts.none()));
        new CampaignRunner(rest, engine).runUntil(no, "competent_recommend");

        openAndClaim("zgxj01", "主管单位审核推荐", no);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//label[contains(.,'审核结论')]")));
        assertThat(browser.findElements(By.xpath("//label[contains(.,'上一环节退回原因')]")))
                .as("no send-back yet: no empty reason box").isEmpty();
        assertThat(browser.findElements(By.xpath("//label[contains(.,'最近一次退回原因')]")))
                .as("no return yet: no empty reason box").isEmpty();
        click(By.xpath("//label[normalize-space(.)='退回用人单位重新审核']"));
        WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(.,'退回原因（用人单位将看到）')]/following::textarea[1]")));
        reason.sendKeys(REASON);
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("不计申报人的提交次数，不改变修改期限");
        complete();
        wait.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("unit_review")
                .count() == 1);
        assertThat(jdbc.queryForList("select actor, detail from audit_event where application_no = ? and action = ?",
                no, "SEND_BACK_TASK")).as("audited as from the API").singleElement().satisfies(row -> {
                    assertThat(row.get("actor")).isEqualTo("zgxj01");
                    assertThat((String) row.get("detail")).isEqualTo("任务 competent_recommend：退回‘用人单位审核’重新审核，原因："
                            + REASON);
                });

        browser.manage().deleteAllCookies();
        openAndClaim("dwxj01", "单位审核", no);
        WebElement shown = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(.,'上一环节退回原因')]/following::textarea[1]")));
        assertThat(shown.getDomProperty("value")).isEqualTo(REASON);
        click(By.xpath("//label[normalize-space(.)='同意']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(.,'本单位改变推荐意见（须重新公示）')]")));
        HeadlessChromium.screenshot(browser, "tasklist-send-back");
        Files.copy(HeadlessChromium.SCREENSHOTS.resolve("tasklist-send-back.png"), Path.of("docs/images/tasklist-send-back.png"),
                StandardCopyOption.REPLACE_EXISTING);
        complete();
        wait.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(no)
                .taskDefinitionKey("competent_recommend").count() == 1);
        Task again = taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("competent_recommend")
                .singleResult();
        assertThat(again).as("the unit kept its opinion: no new publicity, the competent department has it at once")
                .isNotNull();
    }

    private void openAndClaim(String user, String taskName, String no) {
        DemoUsers.logIntoTasklist(browser, wait, port, user);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//ol[contains(@class,'tasks-list')]//a[contains(normalize-space(.),'" + taskName + "')]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='认领']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), no));
    }

    private void complete() {
        click(By.xpath("//button[normalize-space(.)='完成']"));
    }

    /** The footer overlaps the lower part of the form at this window size: scroll the element up first. */
    private void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }
}
