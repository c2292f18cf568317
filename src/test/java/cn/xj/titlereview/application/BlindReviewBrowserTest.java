package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.attachment.TestImages;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;
import cn.xj.titlereview.support.DemoUsers;

/**
 * An expert reads a submitted application on the blind-review page /review/: the record in
 * Chinese with the applicant's and the unit's names as "XXX", never the name, unit, ID number or
 * phone; every page image, masked; a larger view on click. The expert's vote task in Tasklist
 * links to the page of its application. Another applicant gets 无权查看, an
 * unknown number 申报不存在, a failed login goes back to the login form. Screenshots land in
 * target/screenshots/review-*.png.
 */
@H2IntegrationTest
class BlindReviewBrowserTest {

    private static final String UNIT_NAME = "新疆天山有色金属设计研究院";
    private static final String NAME = "张伟";
    private static final String PHONE = "13899990000";
    private static final String EXPERT = "zjxj01";
    private static final String OTHER_APPLICANT = "sbys01";
    /** Where the name stands on the certificate page drawn below, in its pixels. */
    private static final int[] NAME_BOX = {120, 150, 300, 70};
    private static final int[] UNIT_BOX = {120, 390, 760, 70};
    /** Where the name and the unit stand on the small test pages ({@link TestImages#picture}). */
    private static final int[] STRIP = {0, 10, 120, 30};

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        ClockUtil.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anExpertReadsTheRecordWithNameAndUnitAsXxxAndSeesTheMaskedPages() throws Exception {
        String idNumber = ApplicationFixtures.freshIdNumber();
        Submitted submitted = submittedWithNameAndUnitInTheTexts(idNumber, true);
        String no = submitted.no();
        JsonNode view = new Api(rest).get(EXPERT, "/api/applications/" + no + "/blind").getBody();

        browser.get("http://localhost:" + port + "/review/?no=" + no);
        login(EXPERT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("blind")));
        List<WebElement> images = browser.findElements(By.cssSelector("#pages img.page-image"));
        assertThat(images).hasSize(view.path("pages").size()).hasSizeGreaterThan(1);
        wait.until(driver -> images.stream().allMatch(this::loaded));
        HeadlessChromium.screenshot(browser, "review-top");
        js("document.querySelector(\"[data-section='workHistory']\").scrollIntoView();");
        Path shot = HeadlessChromium.screenshot(browser, "review-blind");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('pages-panel').scrollIntoView();");
        HeadlessChromium.screenshot(browser, "review-pages");

        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(browser.findElement(By.id("blind-title")).getText()).contains(no);
        assertThat(browser.findElement(By.id("f-series")).getText()).isEqualTo("工程系列");
        assertThat(browser.findElement(By.id("f-specialty")).getText()).isEqualTo("有色金属");
        assertThat(browser.findElement(By.id("f-level")).getText()).isEqualTo("正高级");
        assertThat(browser.findElement(By.id("f-title")).getText()).isEqualTo("高级工程师");
        assertThat(browser.findElement(By.id("f-title-date")).getText()).isEqualTo("2017-12-20");
        assertThat(browser.findElement(By.id("f-years")).getText()).isEqualTo("17 年");
        assertThat(browser.findElement(By.id("blind-notice")).getText()).contains("2024");
        assertThat(section("achievements")).contains("XXX选矿试验平台建设", "XXX在XXX牵头搭建试验平台，XXX负责总体方案。",
                "2022-01-01 至 2023-06-30", "低品位铜矿浮选工艺优化研究");
        assertThat(section("practice")).contains("阿舍勒铜矿选矿厂扩建工程工艺设计", "项目负责人");
        assertThat(section("papers")).contains("XXX学报", "浮选柱在铜矿的应用", "低品位硫化铜矿浮选药剂制度研究");
        assertThat(section("education")).contains("本科", "新疆大学", "冶金工程", "全日制", "工学学士")
                .doesNotContain("107551200705000123");
        assertThat(section("workHistory")).contains("XXX", "工艺设计室主任", "2015-07-01 至 今")
                .doesNotContain("乌鲁木齐某有色金属设计院");
        assertThat(section("workSummary")).contains("有色金属选矿工艺设计");
        for (String empty : List.of("awards", "intellectualProperty", "books")) {
            assertThat(view.path(empty).size()).as(empty).isZero();
            assertThat(section(empty)).as(empty).endsWith("无");
        }
        assertThat(text).doesNotContain(NAME, UNIT_NAME, idNumber, idNumber.substring(6, 14), PHONE, "650100001",
                ".jpg");
        assertThat(browser.findElement(By.id("pages")).getText()).contains("学历、学位证书", "身份证扫描件", "个人签字的承诺书");
        // the expert's copy of the certificate page is the masked one: black where the name and the unit stood
        WebElement certificate = browser.findElement(By.cssSelector(
                "#pages img[data-page='" + submitted.certificatePageId() + "']"));
        assertThat(((Number) js("return arguments[0].naturalWidth;", certificate)).intValue()).isEqualTo(1000);
        assertThat(brightness(certificate, NAME_BOX)).isLessThan(40);
        assertThat(brightness(certificate, UNIT_BOX)).isLessThan(40);
        assertThat(brightness(certificate, new int[] {600, 470, 300, 40})).as("the rest of the page is not blacked out")
                .isGreaterThan(200);
        for (WebElement image : images) {
            if (!image.equals(certificate)) {
                assertThat(brightness(image, STRIP)).as(image.getDomAttribute("alt")).isLessThan(40);
            }
        }

        certificate.click();
        WebElement large = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("viewer-image")));
        wait.until(driver -> loaded(large));
        assertThat(large.getSize().getWidth()).isGreaterThan(certificate.getSize().getWidth() * 2);
        assertThat(browser.findElement(By.id("viewer-caption")).getText()).startsWith("学历、学位证书 · 第 2 页");
        HeadlessChromium.screenshot(browser, "review-page-large");
        browser.findElement(By.id("viewer-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("viewer-image")));

        browser.findElement(By.id("no-input")).clear();
        browser.findElement(By.id("no-input")).sendKeys("XJ0000000000");
        browser.findElement(By.id("no-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-message"), "申报不存在"));
        assertThat(browser.findElement(By.id("blind")).isDisplayed()).isFalse();
        assertThat(browser.getCurrentUrl()).endsWith("/review/?no=XJ0000000000");
        assertThat(Files.size(shot)).isGreaterThan(30_000);
    }

    @Test
    void theExpertsVoteTaskInTasklistLinksToThePageOfItsApplication() throws Exception {
        String no = submittedWithNameAndUnitInTheTexts(ApplicationFixtures.freshIdNumber(), true).no();
        // its meeting has opened the vote: the expert's task of this application
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("expert_vote")
                .taskAssignee(EXPERT).singleResult();
        assertThat(task).isNotNull();

        DemoUsers.logIntoTasklist(browser, wait, port, EXPERT);
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//a[contains(., '查看盲评材料')]")));
        HeadlessChromium.screenshot(browser, "review-tasklist-link");

        assertThat(link.getDomAttribute("href")).isEqualTo("/review/?no=" + no);
        assertThat(browser.findElements(By.cssSelector(".fjs-container a[onclick], .fjs-container a[href^='javascript']")))
                .isEmpty();
        link.click();
        login(EXPERT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("blind")));
        assertThat(browser.findElement(By.id("blind-title")).getText()).contains(no);
        assertThat(section("achievements")).contains("XXX选矿试验平台建设");
    }

    @Test
    void anotherApplicantIsToldInChineseThatTheyMayNotSeeIt() throws Exception {
        String no = submittedWithNameAndUnitInTheTexts(ApplicationFixtures.freshIdNumber(), false).no();

        browser.get("http://localhost:" + port + "/review/?no=" + no);
        login(OTHER_APPLICANT);
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-message")));
        wait.until(ExpectedConditions.textToBePresentInElement(message, "无权查看"));
        HeadlessChromium.screenshot(browser, "review-forbidden");

        assertThat(message.getText()).contains("无权查看", no);
        assertThat(browser.findElement(By.id("blind")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#pages img"))).isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(NAME, UNIT_NAME, "XXX");
    }

    @Test
    void aWrongPasswordStaysAtTheLoginAndAnExpiredLoginLeadsBackToIt() {
        // a user of its own: the engine delays (and at last locks) a user's logins after failed
        // attempts, which would keep a demo expert from voting in the campaigns of other tests
        String failingExpert = "reviewfail" + System.nanoTime() % 100000;
        User user = identityService.newUser(failingExpert);
        user.setPassword("Rightful#2024pw");
        identityService.saveUser(user);
        identityService.createMembership(failingExpert, "expert650101");
        try {
            wrongAndExpiredLogins(failingExpert);
        } finally {
            identityService.deleteMembership(failingExpert, "expert650101");
            identityService.deleteUser(failingExpert);
        }
    }

    private void wrongAndExpiredLogins(String failingExpert) {
        browser.get("http://localhost:" + port + "/review/?no=XJ0000000000");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys(failingExpert);
        browser.findElement(By.id("login-password")).sendKeys("wrong-password");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "用户名或密码不正确"));
        assertThat(browser.findElement(By.id("view-review")).isDisplayed()).isFalse();

        // a login kept in the tab that the server no longer accepts (password changed): back to the form
        js("sessionStorage.setItem('titlereview.review.auth', JSON.stringify({user: arguments[0], auth: btoa(arguments[0] + ':old-password')}));",
                failingExpert);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "登录已失效，请重新登录"));
        assertThat(browser.findElement(By.id("view-login")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("view-review")).isDisplayed()).isFalse();
        assertThat(js("return sessionStorage.getItem('titlereview.review.auth');")).isNull();
    }

    /** 张伟's senior application whose achievement and paper name him and his unit, and a certificate page he masked. */
    /** Submitted; with {@code toTheVote}, run on until its meeting has opened the vote (experts read it only then). */
    private Submitted submittedWithNameAndUnitInTheTexts(String idNumber, boolean toTheVote) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String no = DeclaredApplications.draft(api, json, idNumber, form -> {
            form.withArray("/achievements").addObject().put("title", UNIT_NAME + "选矿试验平台建设")
                    .put("from", "2022-01-01").put("to", "2023-06-30").put("role", "负责人")
                    .put("description", NAME + "在" + UNIT_NAME + "牵头搭建试验平台，" + NAME + "负责总体方案。");
            form.withArray("/papers").addObject().put("title", "浮选柱在铜矿的应用").put("journal", UNIT_NAME + "学报")
                    .put("date", "2021-03-01").put("authorRank", "第一作者");
        });
        // the test pages carry the name and the unit in a strip at the top: the applicant masks it
        for (JsonNode uploaded : api.get(DeclaredApplications.APPLICANT, "/api/applications/" + no + "/attachments").getBody()) {
            assertThat(api.post(DeclaredApplications.APPLICANT, "/api/attachments/" + uploaded.path("id").asText() + "/masks",
                    Map.of("needsMasking", true, "rectangles", List.of(box(STRIP)))).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        ResponseEntity<JsonNode> page = api.upload(DeclaredApplications.APPLICANT, no, "diploma", "学历证书.jpg",
                TestImages.write(certificate(), "jpg"));
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.post(DeclaredApplications.APPLICANT, "/api/attachments/" + page.getBody().path("id").asText() + "/masks",
                Map.of("needsMasking", true, "rectangles", List.of(box(NAME_BOX), box(UNIT_BOX)))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> submitted = api.post(DeclaredApplications.APPLICANT, "/api/applications/" + no + "/submit", null);
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
        if (toTheVote) {
            new CampaignRunner(rest, engine).runUntil(no, "expert_vote");
        }
        ClockUtil.reset();
        return new Submitted(no, page.getBody().path("id").asText());
    }

    private record Submitted(String no, String certificatePageId) {
    }

    /** A diploma page with the name and the unit written on it. */
    private static BufferedImage certificate() {
        BufferedImage image = new BufferedImage(1000, 700, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(250, 247, 238));
        g.fillRect(0, 0, 1000, 700);
        g.setColor(new Color(150, 30, 30));
        g.setStroke(new BasicStroke(8));
        g.drawRect(20, 20, 960, 660);
        g.setFont(new Font("WenQuanYi Micro Hei", Font.BOLD, 56));
        g.drawString("学 历 证 书", 340, 110);
        g.setColor(new Color(40, 40, 40));
        g.setFont(new Font("WenQuanYi Micro Hei", Font.PLAIN, 40));
        g.drawString("姓名：" + NAME, 140, 200);
        g.drawString("毕业院校：新疆大学", 140, 320);
        g.drawString("专业：冶金工程（本科）", 140, 380);
        g.drawString("工作单位：" + UNIT_NAME, 140, 440);
        g.drawString("毕业日期：2007年7月1日", 140, 560);
        g.dispose();
        return image;
    }

    private static Map<String, Integer> box(int[] r) {
        return Map.of("x", r[0], "y", r[1], "width", r[2], "height", r[3]);
    }

    private void login(String user) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys(ApplicationFixtures.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-review")));
    }

    private String section(String id) {
        return browser.findElement(By.cssSelector("[data-section='" + id + "']")).getText();
    }

    private boolean loaded(WebElement image) {
        Object width = js("return arguments[0].complete && arguments[0].naturalWidth;", image);
        return width instanceof Number n && n.intValue() > 0;
    }

    /** The mean brightness (0–255) of a rectangle of the image as the browser decoded it. */
    private int brightness(WebElement image, int[] r) {
        Number mean = (Number) js("const [img, x, y, w, h] = arguments;"
                + "const c = document.createElement('canvas'); c.width = img.naturalWidth; c.height = img.naturalHeight;"
                + "const g = c.getContext('2d'); g.drawImage(img, 0, 0);"
                + "const d = g.getImageData(x + 10, y + 10, w - 20, h - 20).data; let s = 0;"
                + "for (let i = 0; i < d.length; i += 4) s += (d[i] + d[i + 1] + d[i + 2]) / 3;"
                + "return Math.round(s / (d.length / 4));", image, r[0], r[1], r[2], r[3]);
        return mean.intValue();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
