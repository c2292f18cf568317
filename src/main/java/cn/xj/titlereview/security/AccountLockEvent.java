package cn.xj.titlereview.security;

import java.time.Instant;

/**
 * A login lock set or lifted, published for the audit log: {@code LOCKED} after a wrong password
 * (until {@code until}, the {@code attempts}-th failure in a row), {@code UNLOCKED} by an administrator
 * ({@code by}).
 */
public record AccountLockEvent(Kind kind, String userId, int attempts, Instant until, String by) {

    public enum Kind { LOCKED, UNLOCKED }
}
