package cn.xj.titlereview.api;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Error answers of the application and attachment API, all in the {@link ApiError} shape with a
 * Chinese message. Internal details (SQL, stack traces, stored values) never reach the client.
 */
@RestControllerAdvice(basePackages = {"cn.xj.titlereview.application", "cn.xj.titlereview.attachment",
        "cn.xj.titlereview.eligibility", "cn.xj.titlereview.security", "cn.xj.titlereview.task",
        "cn.xj.titlereview.notification", "cn.xj.titlereview.directory", "cn.xj.titlereview.registration",
        "cn.xj.titlereview.meeting", "cn.xj.titlereview.supervision", "cn.xj.titlereview.unitaccount",
        "cn.xj.titlereview.notice.publish"})
public class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ApiError> problem(ApiProblemException e) {
        return ResponseEntity.status(e.status()).body(e.body());
    }

    /**
     * JSON that cannot be read: not JSON at all, an unknown field ("未知字段") or a value of the wrong
     * type ("类型"), each with the field's path ({@code education[0].year}).
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, jakarta.servlet.http.HttpServletRequest request) {
        String message = request.getRequestURI().startsWith(request.getContextPath() + "/api/applications")
                ? "申报信息有误" : "请求内容有误";
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return badRequest(message, new FieldProblem(path(unknown), "未知字段",
                    "没有这一项，请删除或检查拼写"));
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && mismatch.getPath() != null
                && !mismatch.getPath().isEmpty()) {
            return badRequest(message, new FieldProblem(path(mismatch), "类型", expected(mismatch)));
        }
        return badRequest("请求内容无法解析", new FieldProblem("", "格式", "请求内容不是有效的 JSON"));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** What the field takes, in words. */
    private static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (type == null) {
            return "取值类型不正确";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "应为文字";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "应为整数";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "应为数字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "应为 true 或 false";
        }
        if (type.isEnum()) {
            return "取值不在允许的范围内";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "应为列表";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "日期格式不正确";
        }
        return "应为对象";
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return badRequest("请求内容不完整", new FieldProblem(e.getRequestPartName(), "必填", "缺少此项"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return badRequest("请求内容不完整", new FieldProblem(e.getParameterName(), "必填", "缺少此项"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest("请求参数有误", new FieldProblem(e.getName(), "格式", "取值格式不正确"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return MultipartFailureAdvice.tooLarge();
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> multipart(MultipartException e) {
        return MultipartFailureAdvice.answer(e);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of("不支持的请求内容类型"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(ApiError.of("不支持的请求方法"));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ApiError> concurrentChange(ObjectOptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of("申报信息已被同时修改，请刷新后重试"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> integrity(DataIntegrityViolationException e) {
        log.warn("数据约束冲突: {}", e.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of("数据冲突，请刷新后重试"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("处理请求时发生内部错误", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiError.of("系统内部错误，请稍后重试"));
    }

    private static ResponseEntity<ApiError> badRequest(String message, FieldProblem problem) {
        return ResponseEntity.badRequest().body(new ApiError(message, List.of(problem)));
    }
}
