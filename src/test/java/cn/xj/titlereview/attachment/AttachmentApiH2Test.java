package cn.xj.titlereview.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xj.titlereview.application.ApplicationTestSupport;
import cn.xj.titlereview.support.H2IntegrationTest;

/** Uploading, checking, masking and serving materials through the API, on H2. */
@H2IntegrationTest
class AttachmentApiH2Test {

    static final String APPLICANT = "sbxj01";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;

    ApplicationTestSupport support;
    String no;

    @BeforeEach
    void setUp() {
        support = new ApplicationTestSupport(rest, repositoryService);
        no = support.createDraft(APPLICANT);
    }

    @Test
    void aRealJpgIsAcceptedAndServedAsADownload() {
        ResponseEntity<JsonNode> uploaded = support.upload(APPLICANT, no, "id-card", "身份证正面.jpg",
                TestImages.withExif(TestImages.jpg(300, 200), 1, "GPS 43.82N 87.61E"));

        assertThat(uploaded.getStatusCode()).as(String.valueOf(uploaded.getBody())).isEqualTo(HttpStatus.CREATED);
        JsonNode page = uploaded.getBody();
        assertThat(page.path("category").asText()).isEqualTo("id-card");
        assertThat(page.path("width").asInt()).isEqualTo(300);
        assertThat(page.path("needsMasking").isNull()).isTrue();
        assertThat(uploaded.getHeaders().getLocation()).hasToString("/api/attachments/" + page.path("id").asText());

        ResponseEntity<byte[]> file = support.download(APPLICANT, "/api/attachments/" + page.path("id").asText());
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
        assertThat(file.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.getBody()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
        assertThat(TestImages.segments(file.getBody())).doesNotContain(0xE1);
        assertThat(TestImages.contains(file.getBody(), "GPS")).isFalse();
    }

    @Test
    void aJpgNamedOtherwiseIsStillAJpg() {
        assertThat(support.upload(APPLICANT, no, "photo", "photo.png", TestImages.jpg(60, 80)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void filesThatAreNotJpgAreRefusedWhateverTheirName() {
        assertRefused(support.upload(APPLICANT, no, "id-card", "scan.jpg", TestImages.png(40, 40)), "file:文件类型", "PNG");
        assertRefused(support.upload(APPLICANT, no, "id-card", "scan.jpg", TestImages.svg()), "file:文件类型", "SVG");
        assertRefused(support.upload(APPLICANT, no, "id-card", "scan.jpg", TestImages.html()), "file:文件类型", "HTML");
    }

    @Test
    void brokenAndHostileJpgsAreRefused() {
        byte[] jpg = TestImages.jpg(320, 240);
        assertRefused(support.upload(APPLICANT, no, "id-card", "cut.jpg", TestImages.truncated(jpg, 0.5)),
                "file:完整性", "不完整");
        assertRefused(support.upload(APPLICANT, no, "id-card", "bomb.jpg",
                TestImages.withDeclaredSize(jpg, 65000, 65000)), "file:像素", "65000×65000");
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(jpg, 0, big, 0, jpg.length);
        assertRefused(support.upload(APPLICANT, no, "id-card", "big.jpg", big), "file:大小", "5 MB");
    }

    @Test
    void namesWithPathPartsOrNullBytesAreRefused() {
        byte[] jpg = TestImages.jpg(40, 40);
        assertRefused(support.upload(APPLICANT, no, "id-card", "../../etc/cron.d/x.jpg", jpg), "file:文件名", "路径");
        assertRefused(support.uploadRaw(APPLICANT, no,
                "form-data; name=\"file\"; filename*=UTF-8''scan%00.html.jpg", jpg), "file:文件名", "空字符");
        assertRefused(support.uploadRaw(APPLICANT, no,
                "form-data; name=\"file\"; filename=\"C:\\\\Users\\\\me\\\\scan.jpg\"", jpg), "file:文件名", "路径");
        assertThat(support.attachments(APPLICANT, no)).isEmpty();
    }

    @Test
    void everyUploadProblemIsListed() {
        ResponseEntity<JsonNode> refused = support.upload(APPLICANT, no, "身份证", "a/b.jpg", TestImages.png(10, 10));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("附件不符合要求");
        assertThat(ApplicationTestSupport.problems(refused))
                .containsExactlyInAnyOrder("category:格式", "file:文件名", "file:文件类型");
        assertThat(ApplicationTestSupport.problems(support.upload(APPLICANT, no, null, "x.jpg", null)))
                .containsExactlyInAnyOrder("category:必填", "file:必填");
    }

    @Test
    void onlyTheOwnerUploadsAndUnknownApplicationsAre404() {
        byte[] jpg = TestImages.jpg(40, 40);
        assertThat(support.upload("sbys01", no, "id-card", "x.jpg", jpg).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(support.upload(APPLICANT, "ZC2024-999999", "id-card", "x.jpg", jpg).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        String id = support.upload(APPLICANT, no, "id-card", "x.jpg", jpg).getBody().path("id").asText();
        assertThat(support.download("sbys01", "/api/attachments/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(support.download(APPLICANT, "/api/attachments/00000000-0000-0000-0000-000000000000").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void masksAreCheckedAgainstTheImage() {
        String id = support.upload(APPLICANT, no, "id-card", "x.jpg", TestImages.jpg(200, 100)).getBody()
                .path("id").asText();
        String masks = "/api/attachments/" + id + "/masks";

        assertThat(ApplicationTestSupport.problems(support.post(APPLICANT, masks,
                Map.of("needsMasking", true, "rectangles", List.of(Map.of("x", 150, "y", 10, "width", 60, "height", 20),
                        Map.of("x", -1, "y", 0, "width", 0, "height", 20))))))
                .containsExactly("rectangles[0]:范围", "rectangles[1]:范围", "rectangles[1]:范围");
        assertThat(ApplicationTestSupport.problems(support.post(APPLICANT, masks, Map.of("rectangles", List.of()))))
                .containsExactly("needsMasking:必填");
        assertThat(ApplicationTestSupport.problems(support.post(APPLICANT, masks, Map.of("needsMasking", true))))
                .containsExactly("rectangles:必填");
        // not settled yet: no copy for reviewers
        assertThat(support.download(APPLICANT, "/api/attachments/" + id + "?masked=true").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void reviewersGetTheBlackedOutCopyAndTheOwnerTheUpload() throws Exception {
        support.settleRequiredMaterials(APPLICANT, no);
        String id = support.upload(APPLICANT, no, "diploma", "diploma.jpg", TestImages.jpg(320, 240)).getBody()
                .path("id").asText();
        ResponseEntity<JsonNode> masked = support.post(APPLICANT, "/api/attachments/" + id + "/masks",
                Map.of("needsMasking", true, "rectangles", List.of(Map.of("x", 10, "y", 10, "width", 250, "height", 30))));
        assertThat(masked.getStatusCode()).as(String.valueOf(masked.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(masked.getBody().path("masked").asBoolean()).isTrue();
        assertThat(masked.getBody().path("rectangles").get(0).path("width").asInt()).isEqualTo(250);
        assertThat(support.submit(APPLICANT, no).getStatusCode()).isEqualTo(HttpStatus.OK);

        // the unit the test notice's process names, and the supervisor
        for (String reviewer : List.of("dwxj01", "jdxj01")) {
            ResponseEntity<byte[]> copy = support.download(reviewer, "/api/attachments/" + id);
            assertThat(copy.getStatusCode()).as(reviewer).isEqualTo(HttpStatus.OK);
            assertBlack(copy.getBody(), 10, 10, 250, 30);
        }
        // the test notice's process names no committee: neither a committee office nor an expert reads its pages
        assertThat(support.download("pwxj01", "/api/attachments/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(support.download("zjxj01", "/api/attachments/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        BufferedImage original = ImageIO.read(new ByteArrayInputStream(
                support.download(APPLICANT, "/api/attachments/" + id).getBody()));
        int rgb = original.getRGB(100, 20);
        assertThat(((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)).isGreaterThan(60);
        assertThat(support.download("dwaks01", "/api/attachments/" + id).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // materials are frozen with the submission
        assertThat(support.delete(APPLICANT, "/api/attachments/" + id).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(support.post(APPLICANT, "/api/attachments/" + id + "/masks", Map.of("needsMasking", false))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aDraftsPageMayBeDeleted() {
        String id = support.upload(APPLICANT, no, "id-card", "x.jpg", TestImages.jpg(40, 40)).getBody()
                .path("id").asText();
        assertThat(support.delete("sbys01", "/api/attachments/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(support.delete(APPLICANT, "/api/attachments/" + id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(support.attachments(APPLICANT, no)).isEmpty();
        assertThat(support.download(APPLICANT, "/api/attachments/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, String problem, String messagePart) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ApplicationTestSupport.problems(response)).containsExactly(problem);
        assertThat(response.getBody().path("errors").get(0).path("message").asText()).contains(messagePart);
    }

    private static void assertBlack(byte[] jpg, int x0, int y0, int width, int height) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpg));
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                int rgb = image.getRGB(x, y);
                assertThat(Math.max((rgb >> 16) & 0xFF, Math.max((rgb >> 8) & 0xFF, rgb & 0xFF)))
                        .as("pixel %d,%d", x, y).isLessThanOrEqualTo(2);
            }
        }
    }
}
