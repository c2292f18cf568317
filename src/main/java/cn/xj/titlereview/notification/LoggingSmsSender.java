package cn.xj.titlereview.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SMS channel while no gateway bean is configured: one log line per message, user ids only. */
public class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public void send(List<String> userIds, String text) {
        log.info("短信（用户 {}）：{}", String.join(",", userIds), text);
    }
}
