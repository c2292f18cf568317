package cn.xj.titlereview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;
import org.springframework.context.ApplicationContext;
import cn.xj.titlereview.application.DeclaredStarts;

/**
 * The message centre /messages/ as a unit's reviewer sees it: 哈密市农业技术推广中心's reviewer {@code dwhm01} hands
 * the unit's review over (转办, product API) to a colleague {@code dwhm91}, who logs in on the page, finds the
 * hand-over among the unread messages with the link to Tasklist, and marks it read: the unread count drops.
 * Screenshot: target/screenshots/message-centre.png, copied to docs/images/.
 */
@H2IntegrationTest
class MessageCentreBrowserTest {

    static final String OWNER = "dwhm01";
    static final String COLLEAGUE = "dwhm91";
    static final String UNIT_GROUP = "unit650500001";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void colleagueAndBrowser() {
        User user = identityService.newUser(COLLEAGUE);
        user.setFirstName("玉素甫");
        user.setLastName("艾力");
        user.setPassword(DemoUsers.PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(COLLEAGUE, UNIT_GROUP);
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.quit();
        }
        identityService.deleteUser(COLLEAGUE);
        ClockUtil.reset();
    }

    @Test
    void theNewHolderSeesTheHandOverOnThePageAndMarksItRead() throws Exception {
        new CampaignDriver(rest).clockTo("2023-09-12T09:00");
        String no = "MC" + System.nanoTime() % 10_000_000;
        DeclaredStarts.in(context).start(new ApplicationProcessStart(no, "notice-2023-hami-all-series", Level.INTERMEDIATE, "农业系列",
                "农业", "650500001", "sbhm01", ApplicationFacts.none()));
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("unit_review")
                .singleResult();
        ResponseEntity<Map> handed = EngineRest.post(rest, OWNER, DemoUsers.PASSWORD,
                "/api/tasks/" + task.getId() + "/transfer", Map.of("to", COLLEAGUE), Map.class);
        assertThat(handed.getStatusCode()).isEqualTo(HttpStatus.OK);

        browser.get("http://localhost:" + port + "/messages");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys(COLLEAGUE);
        browser.findElement(By.id("login-password")).sendKeys(DemoUsers.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        String expected = "用户 " + OWNER + " 将待办‘单位审核’转办给您（申报编号：" + no + "），请办理。";
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list"), expected));

        WebElement item = handOver(no);
        assertThat(item.getAttribute("class")).isEqualTo("unread");
        assertThat(item.getText()).contains("任务转交", "申报编号：" + no, "未读", "去办理", "标为已读");
        assertThat(item.findElement(By.className("open")).getAttribute("href"))
                .contains("/camunda/app/tasklist/default/#/?task=" + task.getId());
        int unread = Integer.parseInt(browser.findElement(By.id("unread-count")).getText());
        assertThat(unread).isPositive();
        assertThat(browser.findElement(By.id("who-name")).getText()).isEqualTo("当前用户：" + COLLEAGUE);
        HeadlessChromium.screenshot(browser, "message-centre");
        Files.copy(HeadlessChromium.SCREENSHOTS.resolve("message-centre.png"), Path.of("docs/images/message-centre.png"),
                StandardCopyOption.REPLACE_EXISTING);

        item.findElement(By.className("mark-read")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unread-count"), String.valueOf(unread - 1)));
        WebElement read = handOver(no);
        assertThat(read.getAttribute("class")).isEqualTo("read");
        assertThat(read.findElements(By.className("mark-read"))).isEmpty();

        // only unread: the message read is gone from the list
        browser.findElement(By.id("unread-only")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("list"), expected)));
    }

    private WebElement handOver(String no) {
        List<WebElement> items = browser.findElements(By.xpath("//ul[@id='list']/li[@data-kind='TASK_HANDED_OVER']"
                + "[.//p[contains(text(), '" + no + "')]]"));
        assertThat(items).as("the hand-over of %s", no).hasSize(1);
        return items.get(0);
    }
}
