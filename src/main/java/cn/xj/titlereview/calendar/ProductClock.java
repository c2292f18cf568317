package cn.xj.titlereview.calendar;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The product's "now": the engine's clock, so that open windows, records and timers agree, and the
 * simulation profile moves all of them together. The one place outside the engine adapters that reads it.
 */
public final class ProductClock {

    private ProductClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
