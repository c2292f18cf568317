package cn.xj.titlereview.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.api.ApiProblemException;

/**
 * Refusals of the document and export calls in the API's one error shape. The content type is set
 * here because the client asked for a .pdf, .docx or .xlsx: without it the JSON answer would not be sent.
 */
@RestControllerAdvice(basePackages = "cn.xj.titlereview.document")
class DocumentErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(DocumentErrorHandler.class);

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ApiError> problem(ApiProblemException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(e.body());
    }

    /** A template or font problem: the details go to the log, not to the client. */
    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ApiError> failed(IllegalStateException e) {
        log.error("文书生成失败", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of("文书生成失败，请联系系统管理员"));
    }
}
