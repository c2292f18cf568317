package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.attachment.TestImages;

/** For tests of other packages: complete drafts of the test notice and API calls as demo users. */
public final class ApplicationTestSupport {

    private final Api api;

    public ApplicationTestSupport(TestRestTemplate rest, RepositoryService repositoryService) {
        this.api = new Api(rest);
        // dates are checked against the engine clock: real time for these tests
        ClockUtil.reset();
        ApplicationFixtures.deployTestNotice(repositoryService);
    }

    /** A complete draft (fresh ID number) of the applicant; its number. */
    public String createDraft(String applicant) {
        ResponseEntity<JsonNode> created = api.create(applicant,
                ApplicationFixtures.complete(ApplicationFixtures.freshIdNumber()));
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().path("applicationNo").asText();
    }

    /** Uploads the ID card and photo and confirms they need no masking. */
    public void settleRequiredMaterials(String applicant, String applicationNo) {
        for (String category : List.of("id-card", "photo")) {
            ResponseEntity<JsonNode> page = upload(applicant, applicationNo, category, category + ".jpg",
                    TestImages.jpg(120, 90));
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(post(applicant, "/api/attachments/" + page.getBody().path("id").asText() + "/masks",
                    Map.of("needsMasking", false)).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }

    /**
     * A complete 2024 senior five-series declaration of {@code sbxj01} (张伟, 新疆天山有色金属设计研究院),
     * submitted: its campaign runs with the notice's full routing. The engine clock must lie in the
     * notice's declaration window.
     */
    public String submittedSeniorApplication(ObjectMapper json) {
        return DeclaredApplications.submitted(api, json, ApplicationFixtures.freshIdNumber());
    }

    /** The same declaration as a draft. */
    public String seniorDraft(ObjectMapper json) {
        return DeclaredApplications.draft(api, json, ApplicationFixtures.freshIdNumber());
    }

    public ResponseEntity<JsonNode> submit(String applicant, String applicationNo) {
        return api.post(applicant, "/api/applications/" + applicationNo + "/submit", null);
    }

    public ResponseEntity<JsonNode> upload(String user, String applicationNo, String category, String fileName,
                                           byte[] content) {
        return api.upload(user, applicationNo, category, fileName, content);
    }

    public ResponseEntity<JsonNode> uploadRaw(String user, String applicationNo, String contentDisposition,
                                              byte[] content) {
        return api.uploadRaw(user, applicationNo, contentDisposition, content);
    }

    public ResponseEntity<byte[]> download(String user, String path) {
        return api.download(user, path);
    }

    public ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return api.post(user, path, body);
    }

    public ResponseEntity<JsonNode> delete(String user, String path) {
        return api.delete(user, path);
    }

    public JsonNode attachments(String user, String applicationNo) {
        return api.get(user, "/api/applications/" + applicationNo + "/attachments").getBody();
    }

    public static List<String> problems(ResponseEntity<JsonNode> response) {
        return Api.problems(response);
    }
}
