package cn.xj.titlereview.document;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.api.ApiProblemException;

/**
 * Refusals of the document and export calls in the API's one error shape. The content type is set
 * here because the client asked for a .docx or .xlsx: without it the JSON answer would not be sent.
 */
@RestControllerAdvice(basePackages = "cn.xj.titlereview.document")
class DocumentErrorHandler {

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ApiError> problem(ApiProblemException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(e.body());
    }
}
