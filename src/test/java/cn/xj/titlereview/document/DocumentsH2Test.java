package cn.xj.titlereview.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import cn.xj.titlereview.attachment.TestImages;
import cn.xj.titlereview.document.source.Labels;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * The documents of one senior application (张伟, sbxj01, 2024 senior notice) along its campaign, and of
 * a Hejing 初定 application: each PDF read back page by page, who may fetch what at which step, the
 * public verification page from the certificate's QR code, the not-found page and the rate limit.
 */
@H2IntegrationTest
class DocumentsH2Test {

    static final String SENIOR = "notice-2024-xj-senior-five-series";
    static final String HEJING = "notice-2024-hejing-initial-junior";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    CampaignRunner bot;

    @BeforeEach
    void bot() {
        bot = new CampaignRunner(rest, engine);
    }

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void theSeniorApplicationsDocumentsFollowItsCampaign() throws Exception {
        bot.driver().clockTo("2024-09-02T10:00");
        String no = declare("sbxj01", seniorForm());
        String base = "/api/applications/" + no + "/documents/";
        submit("sbxj01", no);

        assertThat(get("sbxj01", base + "form.pdf").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(message(get("sbxj01", base + "form.pdf"))).contains("评审委员会形式审核通过后方可打印");
        assertThat(get("sbxj01", "/api/applications/ZC2024-999999/documents/form.pdf").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("sbxj01", base + "publicity-result.pdf").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // unit publicity: the unit's own applicants, dates by the working-day calendar the timer uses
        bot.runUntil(no, "competent_recommend");
        ResponseEntity<byte[]> publicity = get("dwxj01", "/api/notices/" + SENIOR + "/documents/unit-publicity.pdf?unit=650100001");
        assertThat(publicity.getStatusCode()).isEqualTo(HttpStatus.OK);
        String[] dates = publicityDates(no);
        try (PDDocument pdf = Loader.loadPDF(save("unit-publicity", publicity.getBody()))) {
            PdfText text = PdfText.of(pdf);
            assertThat(text.all()).contains("职称申报公示", "张伟", "思想政治表现", "工作简历", "主要业绩", "获奖情况",
                    "低品位铜矿浮选工艺优化研究", "自治区科学技术进步奖二等奖", "工艺设计室主任", dates[0], dates[1],
                    "5个工作日", "异议", "新疆天山有色金属设计研究院");
            text.assertFontEmbedded();
        }
        ResponseEntity<byte[]> page = get("dwxj01", "/api/notices/" + SENIOR + "/documents/unit-publicity.html?unit=650100001");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(new String(page.getBody(), StandardCharsets.UTF_8)).contains("张伟", dates[0], dates[1]);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(get("dwaks01", "/api/notices/" + SENIOR + "/documents/unit-publicity.pdf?unit=650100001").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("zjxj01", "/api/notices/" + SENIOR + "/documents/unit-publicity.pdf?unit=650100001").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<byte[]> result = get("sbxj01", base + "publicity-result.pdf");
        assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (PDDocument pdf = Loader.loadPDF(save("publicity-result", result.getBody()))) {
            assertThat(PdfText.of(pdf).all().replace(" ", "")).contains("公示结果", "张伟", dates[0], dates[1], "公示5个工作日",
                    "公示期间未收到投诉、举报，公示无异议", "同意推荐", "工程系列有色金属专业正高级", "（公章）");
        }

        // the committee accepted it: the review form, to everyone who handles it but experts
        bot.runUntil(no, "expert_vote");
        for (String reader : List.of("sbxj01", "dwxj01", "zgxj01", "pwxj01")) {
            assertThat(get(reader, base + "form.pdf").getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
        }
        assertThat(message(get("zjxj01", base + "form.pdf"))).contains("盲评");
        for (String stranger : List.of("zjxj01", "dwaks01", "zgaks01", "pwys01", "sbys01")) {
            assertThat(get(stranger, base + "form.pdf").getStatusCode()).as(stranger).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(get(stranger, base + "publicity-result.pdf").getStatusCode()).as(stranger).isEqualTo(HttpStatus.FORBIDDEN);
        }
        int audited = audited(no);
        byte[] form = get("dwxj01", base + "form.pdf").getBody();
        assertThat(audited(no)).isEqualTo(audited + 1);
        get("sbxj01", base + "form.pdf");
        assertThat(audited(no)).as("the applicant's own downloads are not audited").isEqualTo(audited + 1);
        String code;
        try (PDDocument pdf = Loader.loadPDF(save("review-form", form))) {
            PdfText text = PdfText.of(pdf);
            code = jdbc.queryForObject("SELECT code FROM document_verification WHERE application_no = ? "
                    + "AND document_kind = 'REVIEW_FORM'", String.class, no);
            String display = code.replaceAll("(.{4})(?!$)", "$1-");
            assertThat(text.pageCount() % 2).as("double-sided: an even number of pages").isZero();
            text.assertEveryPage(no, display, "有水印为有效");
            text.assertPageNumbers();
            text.assertFontEmbedded();
            assertThat(text.all()).contains("专业技术职务任职资格评审表", "张伟", "汉族", "中共党员", "650102********",
                    "新疆天山有色金属设计研究院", "正高级", "新疆大学", "中南大学", "高级工程师", "2017年12月20日",
                    "乌鲁木齐某有色金属设计院", "工艺设计室副主任", "阿舍勒铜矿选矿厂扩建工程工艺设计", "尾矿综合利用示范工程",
                    "自治区科学技术进步奖二等奖", "ZL202110000001.2", "有色金属选矿工艺设计实务", "铜尾矿干排工艺设计要点",
                    "继续教育", "2020", "2024", "年度考核", "优秀", "二级乙等", "任现职以来个人业务工作总结",
                    "基层单位推荐意见", "呈报单位意见");
            // the opinion boxes stay blank for the handwritten sentence and the seal
            assertThat(text.all()).doesNotContain("同意推荐" + "。").contains("手工填写");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM document_verification WHERE application_no = ?",
                Integer.class, no)).as("printing again keeps the code").isEqualTo(1);
        Map<String, String> formCheck = verify(code);
        assertThat(formCheck.get("kind")).isEqualTo("专业技术职务任职资格评审表");
        assertThat(formCheck.get("number")).isEqualTo(no);

        // result publicity: the committee office of the notice
        bot.runUntil(no, "hr_confirm");
        assertThat(get("sbxj01", base + "certificate.pdf").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<byte[]> list = get("pwxj01", "/api/notices/" + SENIOR + "/documents/result-publicity.pdf");
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (PDDocument pdf = Loader.loadPDF(save("result-publicity", list.getBody()))) {
            PdfText text = PdfText.of(pdf);
            assertThat(text.all()).contains("职称评审结果公示", "张伟", "新疆天山有色金属设计研究院", "正高级工程师", "5个工作日");
            text.assertPageNumbers();
        }
        assertThat(get("pwys01", "/api/notices/" + SENIOR + "/documents/result-publicity.pdf").getStatusCode())
                .as("another committee's office").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("zjxj01", "/api/notices/" + SENIOR + "/documents/result-publicity.pdf").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // confirmed: the certificate, its QR code opens the public verification page
        assertThat(bot.runToEnd(no)).isEqualTo("APPROVED");
        String certificateNo = (String) bot.variable(no, "certificateNo");
        ResponseEntity<byte[]> certificate = get("sbxj01", base + "certificate.pdf");
        assertThat(certificate.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("zjxj01", base + "certificate.pdf").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("hrbxj01", base + "certificate.pdf").getStatusCode()).isEqualTo(HttpStatus.OK);
        String qr;
        try (PDDocument pdf = Loader.loadPDF(save("certificate", certificate.getBody()))) {
            PdfText text = PdfText.of(pdf);
            assertThat(text.all()).contains("专业技术职务任职资格证书", "张伟", "650102********", "工程系列", "有色金属",
                    "正高级", "正高级工程师", certificateNo, "新疆维吾尔自治区人力资源和社会保障厅", "/verify/");
            text.assertFontEmbedded();
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("photo and QR code").hasSizeGreaterThanOrEqualTo(2);
            qr = qrContent(new PDFRenderer(pdf).renderImageWithDPI(0, 200));
        }
        assertThat(qr).startsWith("http://localhost:8080/verify/");
        Map<String, String> check = verify(qr.substring(qr.indexOf("/verify/") + "/verify/".length()));
        assertThat(check).containsEntry("kind", "电子职称证书").containsEntry("number", certificateNo)
                .containsEntry("name", "张*");
        assertThat(check.get("page")).contains("有效", "评审通过", "2024年度自治区正高级工程师").doesNotContain("张伟", "650102");

        // the fee the process fixed stays on the ended application
        JsonNode ended = call("sbxj01", HttpMethod.GET, "/api/applications/" + no, null).getBody();
        assertThat(ended.path("status").asText()).isEqualTo("APPROVED");
        assertThat(ended.path("stageKeys")).isEmpty();
        assertThat(ended.path("fee").asInt()).isEqualTo(700);
    }

    @Test
    void theInitialDeterminationPrintsTheSubmissionFormAfterTheUnitReview() throws Exception {
        bot.driver().clockTo("2024-10-09T09:00");
        String no = declare("sbhj01", hejingForm());
        submit("sbhj01", no);
        String form = "/api/applications/" + no + "/documents/form.pdf";
        assertThat(message(get("sbhj01", form))).contains("用人单位审核通过后方可打印《初次确定专业技术职务呈报表》");
        bot.runUntil(no, "competent_recommend");
        for (String reader : List.of("sbhj01", "dwhj01", "zghj01")) {
            assertThat(get(reader, form).getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
        }
        assertThat(get("dwxj01", form).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        try (PDDocument pdf = Loader.loadPDF(save("initial-form", get("sbhj01", form).getBody()))) {
            PdfText text = PdfText.of(pdf);
            assertThat(text.pageCount() % 2).isZero();
            text.assertEveryPage(no, "有水印为有效");
            text.assertPageNumbers();
            assertThat(text.all()).contains("初次确定专业技术职务呈报表", "艾力", "新疆建设职业技术学校", "施工员",
                    "校舍维修工程现场技术管理", "单位意见", "真实准确，同意推荐");
        }
    }

    @Test
    void anUnknownCodeIsAChineseNotFoundPageAndOneAddressIsLimited() {
        ResponseEntity<String> unknown = rest.getForEntity("/verify/ABCD-EFGH-JKMN-PQRS-TVWX", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("未找到", "核验码");
        assertThat(unknown.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(unknown.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(rest.getForEntity("/verify/%3Cscript%3E", String.class).getBody()).doesNotContain("<script>");
        bot.driver().clockTo("2030-01-07T09:00");
        int refused = 0;
        for (int i = 0; i < 30; i++) {
            if (rest.getForEntity("/verify/0000-0000-0000-0000-000" + (i % 10), String.class).getStatusCode()
                    == HttpStatus.TOO_MANY_REQUESTS) {
                refused++;
            }
        }
        assertThat(refused).as("over 20 requests a minute").isEqualTo(10);
        ResponseEntity<String> limited = rest.getForEntity("/verify/0000", String.class);
        assertThat(limited.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(limited.getBody()).contains("过于频繁");
        bot.driver().advance(Duration.ofSeconds(61));
        assertThat(rest.getForEntity("/verify/0000", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    // ------------------------------------------------------------------ helpers

    /** The public page's fields for a code (no login). */
    Map<String, String> verify(String code) {
        ResponseEntity<String> page = rest.getForEntity("/verify/" + code, String.class);
        assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(HttpStatus.OK);
        String html = page.getBody();
        return Map.of("kind", field(html, "kind"), "number", field(html, "number"), "name", field(html, "name"),
                "page", html);
    }

    static String field(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        int open = html.indexOf('>', start) + 1;
        return html.substring(open, html.indexOf('<', open));
    }

    static String qrContent(BufferedImage image) throws Exception {
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
    }

    /**
     * Start and end of the unit publicity as printed: the start the stage recorded, the end where its
     * timer fired (the due date of the publicity timer's job, from the engine's job log).
     */
    String[] publicityDates(String no) {
        var history = engine.getHistoryService();
        List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no).list()
                .stream().map(p -> p.getId()).toList();
        java.util.Date started = history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances.toArray(String[]::new)).variableName("unitPublicityStartedAt")
                .list().stream().map(v -> (java.util.Date) v.getValue()).max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        java.util.Date due = instances.stream().flatMap(id -> history.createHistoricJobLogQuery().processInstanceId(id)
                        .creationLog().list().stream())
                .filter(log -> log.getJobDueDate() != null && log.getJobDueDate().after(started))
                .filter(log -> log.getJobDefinitionConfiguration() != null
                        && log.getJobDefinitionConfiguration().contains("unitPublicityStartedAt"))
                .map(log -> log.getJobDueDate()).findFirst().orElseThrow();
        return new String[] {Labels.day(started), Labels.day(due)};
    }

    int audited(String no) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE application_no = ? AND action = 'VIEW_DOCUMENT'",
                Integer.class, no);
    }

    byte[] save(String name, byte[] pdf) throws Exception {
        Path out = Path.of("target/documents/" + name + ".pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        return pdf;
    }

    ResponseEntity<byte[]> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, DemoUsers.PASSWORD, StandardCharsets.UTF_8);
        headers.setAccept(List.of(MediaType.APPLICATION_PDF, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON));
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, DemoUsers.PASSWORD, StandardCharsets.UTF_8);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    String message(ResponseEntity<byte[]> response) throws Exception {
        return json.readTree(response.getBody()).path("message").asText();
    }

    String declare(String applicant, ObjectNode form) {
        ResponseEntity<JsonNode> created = call(applicant, HttpMethod.POST, "/api/applications", form);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String no = created.getBody().path("applicationNo").asText();
        JsonNode check = call(applicant, HttpMethod.GET, "/api/applications/" + no + "/eligibility", null).getBody();
        for (JsonNode material : check.path("materials")) {
            String category = material.path("id").asText();
            org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
            parts.add("category", category);
            parts.add("file", new org.springframework.core.io.ByteArrayResource(TestImages.jpg(300, 400)) {
                @Override
                public String getFilename() {
                    return category + ".jpg";
                }
            });
            HttpHeaders headers = new HttpHeaders();
            headers.setBasicAuth(applicant, DemoUsers.PASSWORD, StandardCharsets.UTF_8);
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            ResponseEntity<JsonNode> page = rest.exchange("/api/applications/" + no + "/attachments", HttpMethod.POST,
                    new HttpEntity<>(parts, headers), JsonNode.class);
            assertThat(page.getStatusCode()).as(String.valueOf(page.getBody())).isEqualTo(HttpStatus.CREATED);
            assertThat(call(applicant, HttpMethod.POST, "/api/attachments/" + page.getBody().path("id").asText() + "/masks",
                    Map.of("needsMasking", false)).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        return no;
    }

    void submit(String applicant, String no) {
        ResponseEntity<JsonNode> submitted = call(applicant, HttpMethod.POST, "/api/applications/" + no + "/submit", null);
        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.OK);
    }

    ObjectNode seniorForm() {
        ObjectNode form = json.valueToTree(DocumentFixtures.form());
        form.put("idNumber", freshIdNumber());
        return form;
    }

    /** A first 助理级 title in Hejing: 本科 with three years of work. */
    ObjectNode hejingForm() {
        ObjectNode form = json.valueToTree(DocumentFixtures.form());
        form.put("idNumber", freshIdNumber());
        form.put("noticeId", HEJING).put("series", "工程系列").put("specialty", "建筑").put("level", "ASSISTANT")
                .put("name", "艾力").put("employerUnitCode", "652827001").put("unitLevel", "COUNTY")
                .put("professionStartDate", "2021-08-01").put("professionYears", 3);
        form.withObject("/situation").put("firstApplication", true);
        form.putArray("education").addObject().put("level", "BACHELOR").put("school", "新疆建设职业技术学校")
                .put("major", "建筑工程技术").put("graduationDate", "2021-07-01").put("fullTime", true)
                .put("degree", "无").put("certificateNo", "无");
        form.putObject("currentTitle").put("name", "无");
        form.putArray("workHistory").addObject().put("from", "2021-08-01").put("unit", "和静县某建筑公司").put("position", "施工员");
        form.putArray("practice").addObject().put("title", "校舍维修工程现场技术管理").put("from", "2023-09-01")
                .put("to", "2024-07-01").put("role", "施工员").put("description", "负责施工技术交底和质量检查。");
        form.putArray("achievements");
        form.putArray("awards");
        form.putArray("intellectualProperty");
        form.putArray("books");
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
        return form;
    }

    /** A valid ID number (GB 11643) of a man born 1970–1999, not used before. */
    static String freshIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(365 * 30));
        String body = "650102" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(500) * 2 + 1);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
