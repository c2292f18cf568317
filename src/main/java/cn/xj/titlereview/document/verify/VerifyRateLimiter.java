package cn.xj.titlereview.document.verify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.document.settings.DocumentProperties;

/**
 * At most {@code verifyRequestsPerMinute} verification requests per client address and minute (fixed
 * windows on the engine clock), so codes cannot be enumerated. In memory per node: with several
 * nodes behind a balancer each node allows as many.
 */
@Component
public class VerifyRateLimiter {

    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_CLIENTS = 100_000;

    private record Window(long start, int count) {
    }

    private final int limit;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public VerifyRateLimiter(DocumentProperties properties) {
        this.limit = properties.verifyRequestsPerMinute();
    }

    /** Counts the request; false when the client is over its limit for this minute. */
    public boolean allow(String client) {
        long now = ClockUtil.getCurrentTime().getTime();
        if (windows.size() > MAX_CLIENTS) {
            windows.values().removeIf(w -> now - w.start() >= WINDOW_MILLIS || now < w.start());
        }
        Window window = windows.compute(client, (k, w) -> w == null || now - w.start() >= WINDOW_MILLIS || now < w.start()
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        return window.count() <= limit;
    }
}
