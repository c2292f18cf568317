package cn.xj.titlereview.process;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/** Runs what the job executor would run now (the job executor is off in process tests). */
public final class EngineTestJobs {

    private EngineTestJobs() {
    }

    /** Executes every job due at the engine clock's current time, including jobs created meanwhile. */
    public static void executeDueJobs(ProcessEngine engine) {
        ManagementService managementService = engine.getManagementService();
        for (int round = 0; round < 100; round++) {
            List<Job> due = managementService.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs keep becoming due: a loop in the model?");
    }

    /** Executes the single due job, letting its failure surface to the test. */
    public static void executeSingleDueJob(ProcessEngine engine) {
        ManagementService managementService = engine.getManagementService();
        Job job = managementService.createJobQuery().executable().singleResult();
        if (job == null) {
            throw new IllegalStateException("no job is due");
        }
        managementService.executeJob(job.getId());
    }
}
