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

/** Refusals of the document API in the product's {@code {"message","errors"}} shape, in Chinese. */
@RestControllerAdvice(basePackageClasses = DocumentErrorHandler.class)
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
