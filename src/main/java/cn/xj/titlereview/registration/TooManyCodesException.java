package cn.xj.titlereview.registration;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.FieldProblem;

/** 429: too many codes for the phone or the address; the answer carries {@code Retry-After}. */
class TooManyCodesException extends ApiProblemException {

    private final Duration retryAfter;

    TooManyCodesException(String field, String message, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, message, List.of(new FieldProblem(field, "频率", message)));
        this.retryAfter = retryAfter;
    }

    long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
