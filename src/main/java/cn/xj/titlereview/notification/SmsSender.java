package cn.xj.titlereview.notification;

import java.util.List;

/**
 * The short-message channel (短信). Recipients are Camunda user ids: an implementation for a real SMS
 * gateway looks their mobile numbers up in its own directory (numbers are never stored in the product's
 * notification tables nor in process variables). Without another bean the product logs
 * ({@link LoggingSmsSender}).
 */
public interface SmsSender {

    /** Sends the text to each user; throws nothing the caller must handle (a failure is the sender's to log). */
    void send(List<String> userIds, String text);
}
