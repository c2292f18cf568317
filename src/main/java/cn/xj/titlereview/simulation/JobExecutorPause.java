package cn.xj.titlereview.simulation;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Holds this node's job executor still while the simulation clock runs jobs itself: a job the
 * executor ran beside a move would run twice at once (ENGINE-16004, ENGINE-14026) or at a time the
 * move has already left. Acquisition stops first, then the pause waits for the jobs already handed
 * to the executor's threads to finish.
 */
@Component
@Profile("simulation")
class JobExecutorPause {

    private static final Logger log = LoggerFactory.getLogger(JobExecutorPause.class);
    /** A job still running after this long is left to its optimistic lock. */
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(30);

    private final ProcessEngine engine;

    JobExecutorPause(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Stops acquisition and waits for running jobs; the returned handle starts it again if it was running. */
    Resumption pause() {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (executor == null || !executor.isActive()) {
            return () -> { };
        }
        executor.shutdown();
        drain(executor);
        return () -> {
            if (!executor.isActive()) {
                executor.start();
            }
        };
    }

    private static void drain(JobExecutor executor) {
        if (!(executor instanceof SpringJobExecutor spring)) {
            return;
        }
        TaskExecutor tasks = spring.getTaskExecutor();
        if (!(tasks instanceof ThreadPoolTaskExecutor pool)) {
            return;
        }
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (busy(pool) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (busy(pool)) {
            log.warn("作业执行器在 {} 秒内仍有作业未完成，模拟时钟继续拨动", DRAIN_LIMIT.toSeconds());
        }
    }

    private static boolean busy(ThreadPoolTaskExecutor pool) {
        ThreadPoolExecutor threads = pool.getThreadPoolExecutor();
        return threads.getActiveCount() > 0 || !threads.getQueue().isEmpty();
    }

    @FunctionalInterface
    interface Resumption extends AutoCloseable {
        @Override
        void close();
    }
}
