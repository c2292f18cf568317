package cn.xj.titlereview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;
import cn.xj.titlereview.support.DemoUsers;
import org.springframework.context.ApplicationContext;
import cn.xj.titlereview.application.DeclaredStarts;

/**
 * An employer unit's reviewer works a real unit review in Tasklist, in Chinese: finds the task,
 * claims it, reads the Camunda Form, chooses 同意 and completes it. Screenshots in target/screenshots/.
 */
@H2IntegrationTest
class TasklistReviewBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

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

    @Test
    void unitReviewerApprovesInTheChineseForm() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        String no = "TL" + System.nanoTime() % 10_000_000;
        DeclaredStarts.in(context).start(new ApplicationProcessStart(no, "notice-2024-xj-senior-five-series", Level.SENIOR_FULL,
                "工程系列", "有色金属", "650100001", "sbxj01", ApplicationFacts.none()));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        DemoUsers.logIntoTasklist(browser, wait, port, "dwxj01");

        WebElement task = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(normalize-space(.),'单位审核')]")));
        task.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='认领']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), no));
        WebElement approve = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//label[normalize-space(.)='同意']")));
        approve.click();
        browser.findElement(By.xpath("//label[contains(.,'审核意见')]/following::textarea[1]"))
                .sendKeys("经审核，材料真实有效，同意推荐。");
        HeadlessChromium.screenshot(browser, "tasklist-unit-review-form-zh");

        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("单位审核", "申报编号", "审核结论", "退回修改", "不同意").doesNotContain("Complete", "Claim");

        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='完成']")));
        // the footer overlaps the button at this window size: scroll it up first
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
        wait.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("unit_review")
                .count() == 0);
        HeadlessChromium.screenshot(browser, "tasklist-unit-review-done-zh");

        var done = historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no)
                .taskDefinitionKey("unit_review").finished().singleResult();
        assertThat(done.getAssignee()).isEqualTo("dwxj01");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(done.getProcessInstanceId())
                .variableName("decision").singleResult().getValue()).isEqualTo("APPROVE");
    }
}
