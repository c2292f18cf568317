package cn.xj.titlereview.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Failures of the container's multipart parsing. (Over real HTTP, a body far over the limit may
 * also end in a closed connection: Tomcat stops reading it.)
 */
class MultipartFailureAdviceTest {

    private final MultipartFailureAdvice advice = new MultipartFailureAdvice();

    @Test
    void anUploadOverTheContainersLimitIsA400() {
        ResponseEntity<ApiError> answer = advice.tooLarge(new MaxUploadSizeExceededException(10L << 20));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().errors()).singleElement()
                .satisfies(p -> assertThat(p.field() + ":" + p.rule()).isEqualTo("file:大小"));
    }

    @Test
    void aFileNameTheContainerRefusesIsA400() {
        ResponseEntity<ApiError> answer = advice.unparsable(new MultipartException("Failed to parse multipart servlet request",
                new IllegalStateException(new InvalidFileNameException("scan\0.jpg", "Invalid file name"))));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().errors()).singleElement()
                .satisfies(p -> assertThat(p.field() + ":" + p.rule()).isEqualTo("file:文件名"));
        assertThat(answer.getBody().toString()).doesNotContain("scan");
    }

    @Test
    void anyOtherUnparsableBodyIsA400() {
        ResponseEntity<ApiError> answer = advice.unparsable(new MultipartException("broken"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().message()).isEqualTo("上传内容无法解析");
    }
}
