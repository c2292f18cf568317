package cn.xj.titlereview.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.support.H2IntegrationTest;
import cn.xj.titlereview.support.HeadlessChromium;

/**
 * A person scans the electronic certificate's QR code: the code is decoded from the rendered PDF page
 * (ZXing) and its address opened in Chromium, which shows the Chinese verification page with the name
 * masked (target/screenshots/verify-certificate.png).
 */
@H2IntegrationTest
class VerifyPageBrowserTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    WebDriver browser;

    @AfterEach
    void close() {
        ClockUtil.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theCertificatesQrCodeOpensTheChineseVerificationPage() throws Exception {
        DocumentsH2Test campaign = new DocumentsH2Test();
        campaign.rest = rest;
        campaign.json = json;
        campaign.engine = engine;
        campaign.jdbc = jdbc;
        campaign.bot();
        campaign.bot.driver().clockTo("2024-09-02T10:00");
        String no = campaign.declare("sbxj01", campaign.seniorForm());
        campaign.submit("sbxj01", no);
        assertThat(campaign.bot.runToEnd(no)).isEqualTo("APPROVED");
        ResponseEntity<byte[]> certificate = campaign.get("sbxj01", "/api/applications/" + no + "/documents/certificate.pdf");
        assertThat(certificate.getStatusCode()).isEqualTo(HttpStatus.OK);
        String qr;
        try (PDDocument pdf = Loader.loadPDF(certificate.getBody())) {
            qr = DocumentsH2Test.qrContent(new PDFRenderer(pdf).renderImageWithDPI(0, 200));
        }
        ClockUtil.reset();
        // the QR code names the configured public address; the test server listens on its own port
        String path = URI.create(qr).getPath();
        assertThat(path).startsWith("/verify/");

        browser = HeadlessChromium.start();
        browser.get("http://localhost:" + port + path);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("kind")));
        HeadlessChromium.screenshot(browser, "verify-certificate");
        assertThat(browser.getTitle()).isEqualTo("文书核验");
        assertThat(browser.findElement(By.id("kind")).getText()).isEqualTo("电子职称证书");
        assertThat(browser.findElement(By.id("name")).getText()).isEqualTo("张*");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("评审通过");
        assertThat(browser.findElement(By.id("validity")).getText()).contains("有效");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("张伟", "650102");

        browser.get("http://localhost:" + port + "/verify/0000-0000-0000-0000-0000");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("未找到文书");
    }
}
