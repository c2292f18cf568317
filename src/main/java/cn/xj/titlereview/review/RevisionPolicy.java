package cn.xj.titlereview.review;

import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.process.FinalStatus;

/**
 * The rules of a return for revision.
 *
 * <ul>
 *   <li>Submissions are counted where the notice counts them: at the committee (提交评审委员会次数),
 *       or, on a path without a committee (initial determination, direct recognition), at the unit
 *       and the competent department ({@code countUnitLevelSubmissions}).</li>
 *   <li>A return of the {@code submissionLimit}-th submission ends the application NOT_ACCEPTED.</li>
 *   <li>The n-th counted return gets the n-th fix window; an uncounted return (unit or competent
 *       department in a title review) gets the first window.</li>
 *   <li>An expired fix window ends the application ABANDONED, unless the notice says NOT_ACCEPTED.</li>
 * </ul>
 */
@Component
public class RevisionPolicy {

    /** What the revision path needs to know after a return. */
    public record RevisionPlan(boolean submissionLimitReached, String fixWindow) {
    }

    public boolean countsSubmissions(ReviewLevel level, boolean countUnitLevelSubmissions) {
        return level == ReviewLevel.COMMITTEE || countUnitLevelSubmissions;
    }

    public RevisionPlan planRevision(ReviewLevel level, boolean countUnitLevelSubmissions, int submissionCount,
                                     int submissionLimit, String fixWindows) {
        boolean counted = countsSubmissions(level, countUnitLevelSubmissions);
        boolean limitReached = counted && submissionCount >= submissionLimit;
        String window = FixWindows.parse(fixWindows).forReturn(counted ? Math.max(submissionCount, 1) : 1);
        return new RevisionPlan(limitReached, window);
    }

    public int nextSubmissionCount(ReviewLevel level, boolean countUnitLevelSubmissions, int submissionCount) {
        return countsSubmissions(level, countUnitLevelSubmissions) ? submissionCount + 1 : submissionCount;
    }

    /** The status of an expired fix window: ABANDONED unless the notice configures NOT_ACCEPTED. */
    public String fixWindowExpiryStatus(String configured) {
        if (configured == null || configured.isBlank()) {
            return FinalStatus.ABANDONED.name();
        }
        if (FinalStatus.ABANDONED.name().equals(configured) || FinalStatus.NOT_ACCEPTED.name().equals(configured)) {
            return configured;
        }
        throw new ProcessEngineException("fixWindowExpiryStatus 只能是 ABANDONED 或 NOT_ACCEPTED：" + configured);
    }
}
