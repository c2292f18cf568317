package cn.xj.titlereview.campaign;

import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.process.DirectRecognitionProcess;

/**
 * What starting a notice process needs to know of one application: ids and facts only
 * (names, ID numbers, phones and employer names never enter the engine).
 *
 * <p>Two optional parts choose a path of the notice: {@code directRecognition} (直接认定) starts the
 * notice's direct-recognition process ({@link #processKey()}), and {@code delegation} (委托评审) sends
 * the committee's tasks to the committee named in the delegation letter. Both null: the notice's own
 * title-review or initial-determination process, evaluated by its own committee.
 *
 * @param level the level applied for; with direct recognition, the level to be recognised (the next
 *              above {@link DirectRecognitionFacts#currentLevel()})
 */
public record ApplicationProcessStart(
        String applicationNo,
        String noticeId,
        Level level,
        String series,
        String specialty,
        String unitCode,
        String applicantUserId,
        ApplicationFacts facts,
        DirectRecognitionFacts directRecognition,
        EvaluationDelegation delegation) {

    /** An application on the notice's own process, evaluated by the notice's own committee. */
    public ApplicationProcessStart(String applicationNo, String noticeId, Level level, String series,
                                   String specialty, String unitCode, String applicantUserId,
                                   ApplicationFacts facts) {
        this(applicationNo, noticeId, level, series, specialty, unitCode, applicantUserId, facts, null, null);
    }

    /** The same application on the notice's direct-recognition path. */
    public ApplicationProcessStart withDirectRecognition(DirectRecognitionFacts value) {
        return new ApplicationProcessStart(applicationNo, noticeId, level, series, specialty, unitCode,
                applicantUserId, facts, value, delegation);
    }

    /** The same application, evaluated by another committee on a delegation letter. */
    public ApplicationProcessStart withDelegation(EvaluationDelegation value) {
        return new ApplicationProcessStart(applicationNo, noticeId, level, series, specialty, unitCode,
                applicantUserId, facts, directRecognition, value);
    }

    /** The process to start: the notice's own ({@code noticeId}) or its direct-recognition path. */
    public String processKey() {
        return directRecognition == null ? noticeId : DirectRecognitionProcess.keyOf(noticeId);
    }
}
