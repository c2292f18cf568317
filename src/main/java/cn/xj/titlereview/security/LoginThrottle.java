package cn.xj.titlereview.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.calendar.ProductClock;

/**
 * Failed logins per client address: after {@code maxFailures} failures within {@code window}, the
 * address may not try again until the oldest of them is {@code window} old, whatever the user; so one
 * address cannot lock many accounts. Kept in the memory of each node (a restart forgets it); the
 * accounts' own locks are in the database. Time is the product clock.
 */
@Component
public class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(@Value("${titlereview.security.login-throttle.max-failures:20}") int maxFailures,
                  @Value("${titlereview.security.login-throttle.window:PT15M}") Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration window() {
        return window;
    }

    /** When the address may try again, if it may not now. */
    public Optional<Instant> blockedUntil(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return Optional.empty();
        }
        Instant now = ProductClock.now();
        synchronized (recent) {
            var counted = recent.stream().filter(f -> !f.isAfter(now) && f.isAfter(now.minus(window))).toList();
            if (counted.size() < maxFailures) {
                return Optional.empty();
            }
            return Optional.of(counted.get(counted.size() - maxFailures).plus(window));
        }
    }

    public void failed(String address) {
        Instant now = ProductClock.now();
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            recent.removeIf(f -> !f.isAfter(now.minus(window)) || f.isAfter(now));
            recent.addLast(now);
        }
    }
}
