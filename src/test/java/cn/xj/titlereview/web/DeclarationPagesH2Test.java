package cn.xj.titlereview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * The applicant's pages and the experts' blind-review page are served without login, under the
 * product's policy, with no inline script.
 */
@H2IntegrationTest
class DeclarationPagesH2Test {

    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    @Test
    void theDeclarationPageIsServedAtItsFolderUnderThePolicy() {
        assertServedUnderThePolicy("/declare/", "申报人登录", "declare.js", "declare.css");
    }

    @Test
    void theBlindReviewPageIsServedAtItsFolderUnderThePolicy() {
        assertServedUnderThePolicy("/review/", "评委登录", "review.js", "review.css");
    }

    @Test
    void theSupervisionPageIsServedAtItsFolderUnderThePolicy() {
        assertServedUnderThePolicy("/supervision/", "登录评审进度监督", "supervision.js", "supervision.css");
    }

    @Test
    void theUnitReviewersPageIsServedAtItsFolderUnderThePolicy() {
        assertServedUnderThePolicy("/unit-reviewers/", "单位联系人登录", "unit-reviewers.js", "unit-reviewers.css");
    }

    @Test
    void theCommitteeOfficePageIsServedAtItsFolderUnderThePolicy() {
        assertServedUnderThePolicy("/committee/", "评审委员会办事机构登录", "committee.js", "committee.css");
    }

    private void assertServedUnderThePolicy(String folder, String heading, String script, String style) {
        ResponseEntity<String> page = rest.getForEntity(folder, String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(page.getBody()).contains(heading, script, style);
        // every script is a file of the product; no handler attributes (onclick=...) and no javascript: links
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page.getBody()).find()).isFalse();
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(page.getBody()).find()).isFalse();
        assertThat(page.getBody()).doesNotContain("javascript:", "http://", "https://");
        ResponseEntity<String> code = rest.getForEntity(folder + script, String.class);
        assertThat(code.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(code.getBody()).doesNotContain("innerHTML").doesNotContain("http://").doesNotContain("https://");
        assertThat(rest.getForEntity(folder + style, String.class).getBody()).doesNotContain("http://", "https://", "@import");
        // the pieces both pages share
        assertThat(page.getBody()).contains(COMMON_SCRIPT, COMMON_STYLE);
        ResponseEntity<String> common = rest.getForEntity(COMMON_SCRIPT, String.class);
        assertThat(common.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(common.getBody()).contains("TitleReviewPage").doesNotContain("innerHTML", "http://", "https://");
        assertThat(rest.getForEntity(COMMON_STYLE, String.class).getBody()).contains(":root")
                .doesNotContain("http://", "https://", "@import");
    }

    private static final String COMMON_SCRIPT = "/common/page.js";
    private static final String COMMON_STYLE = "/common/page.css";

    @Test
    void theFolderWithoutItsSlashLeadsToThePage() throws Exception {
        for (String folder : new String[] {"/declare", "/review", "/supervision", "/unit-reviewers"}) {
            HttpResponse<Void> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + folder)).build(),
                            HttpResponse.BodyHandlers.discarding());

            assertThat(response.statusCode()).as(folder).isEqualTo(302);
            assertThat(URI.create(response.headers().firstValue("Location").orElseThrow()).getPath())
                    .isEqualTo(folder + "/");
        }
    }
}
