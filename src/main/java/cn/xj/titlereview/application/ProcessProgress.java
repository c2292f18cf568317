package cn.xj.titlereview.application;

import java.time.Instant;
import java.util.List;

/**
 * Where an application's process stands, as the engine knows it: the names of the current steps
 * (the deepest called stage's user tasks, else its current activities), their ids, and the fee
 * once the payment stage has set it, and, while the applicant revises, when the fix window closes; the certificate
 * number once the HR bureau's confirmation issued it (it lives in the process, running or ended).
 */
public record ProcessProgress(String stage, List<String> activityIds, Integer fee, Instant reviseBy,
                              String certificateNo) {

    public static final ProcessProgress NONE = new ProcessProgress(null, List.of(), null, null, null);

    public ProcessProgress {
        activityIds = activityIds == null ? List.of() : List.copyOf(activityIds);
    }
}
