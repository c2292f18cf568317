package cn.xj.titlereview.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.calendar.BeijingTime;

/**
 * Keeps this node's engine clock on the simulation clock of the database:
 * <ul>
 * <li>at start-up, as soon as the engine is built and before its job executor starts (the starter
 *     starts it once the process application is up), so a restart does not find a simulated
 *     year's timers overdue and end waiting applications for nothing;</li>
 * <li>while running, by reading the row every few seconds, so a move made on another node reaches
 *     this one (only a change of the row moves the clock here: a clock set by hand in a test or on
 *     this node stays).</li>
 * </ul>
 */
@Component
@Profile("simulation")
class SimulationClockKeeper extends AbstractProcessEnginePlugin implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SimulationClockKeeper.class);

    private static final String NODE = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();

    private final SimulationClockStore store;
    private final Duration followInterval;
    private ScheduledExecutorService follower;
    /** The row as this node last wrote or read it. */
    private volatile Instant lastSeen;

    SimulationClockKeeper(SimulationClockStore store,
                          @Value("${titlereview.simulation.follow-interval:PT5S}") Duration followInterval) {
        this.store = store;
        this.followInterval = followInterval;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Optional<Instant> stored = store.read();
        stored.ifPresent(clock -> {
            ClockUtil.setCurrentTime(Date.from(clock));
            log.info("模拟时钟已从数据库恢复：{}（北京时间）", BeijingTime.format(clock));
        });
        lastSeen = stored.orElse(null);
        if (!followInterval.isZero()) {
            follower = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "simulation-clock-follower");
                thread.setDaemon(true);
                return thread;
            });
            follower.scheduleWithFixedDelay(this::follow, followInterval.toMillis(), followInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Sets the engine clock and the row together: every step of a move. */
    synchronized void set(Instant clock) {
        ClockUtil.setCurrentTime(Date.from(clock));
        store.write(clock, NODE);
        lastSeen = clock;
    }

    synchronized void follow() {
        try {
            Optional<Instant> stored = store.read();
            if (stored.isPresent() && !stored.get().equals(lastSeen)) {
                ClockUtil.setCurrentTime(Date.from(stored.get()));
                lastSeen = stored.get();
                log.info("模拟时钟已随其他节点拨至 {}（北京时间）", BeijingTime.format(stored.get()));
            }
        } catch (RuntimeException e) {
            log.warn("读取模拟时钟失败，稍后重试：{}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        if (follower != null) {
            follower.shutdownNow();
        }
    }
}
