package cn.xj.titlereview.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.xj.titlereview.notice.NoticeDefinition.Window;
import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.process.CommitteeVoteProcess;
import cn.xj.titlereview.process.PaperMaterialsProcess;
import cn.xj.titlereview.process.PaymentProcess;
import cn.xj.titlereview.process.ProcessVariable;
import cn.xj.titlereview.process.ResultPublicityProcess;

/**
 * The notice's part of the variables a notice process starts with (see the shared contract).
 * Deadlines are absolute instants: the notice's Beijing local times converted with its zone,
 * whatever the server's zone. Values a flow does not use (payment, vote in 初定) are null and left
 * out of {@link #toVariables()}.
 */
public record NoticeProcessParameters(
        int submissionLimit,
        List<Duration> fixWindows,
        int publicityWorkingDays,
        Integer resultPublicityWorkingDays,
        Instant paymentDeadline,
        boolean paperMaterialsRequired,
        Instant paperDeadline,
        Fraction voteQuorum,
        Fraction votePassRatio,
        Instant reviewClosesAt,
        Instant committeeReviewClosesAt) {

    public NoticeProcessParameters {
        fixWindows = List.copyOf(fixWindows);
    }

    /** Parameters of a validated notice for one application (paper materials may depend on it). */
    public static NoticeProcessParameters of(NoticeDefinition notice, ApplicationFacts facts) {
        ApplicationFacts known = facts == null ? ApplicationFacts.none() : facts;
        var windows = notice.windows();
        var publicity = notice.publicity();
        boolean paperRequired = notice.paperMaterials() != null && notice.paperMaterials().items().stream()
                .anyMatch(item -> NoticeCondition.parse(item.when()).test(known));
        return new NoticeProcessParameters(
                notice.submission().limit(),
                notice.submission().fixWindows(),
                publicity.unit().workingDays(),
                publicity.result() == null ? null : publicity.result().workingDays(),
                instant(notice, windows.payment()),
                paperRequired,
                paperRequired ? instant(notice, windows.paperMaterials()) : null,
                notice.vote() == null ? null : notice.vote().quorum(),
                notice.vote() == null ? null : notice.vote().passRatio(),
                instant(notice, windows.audit()),
                instant(notice, windows.committeeAudit() != null ? windows.committeeAudit() : windows.audit()));
    }

    /**
     * Process variables: {@code fixWindows} as comma-joined ISO-8601 durations ({@code PT48H,PT24H};
     * "2 days" is written PT48H, the same clock time), deadlines as {@link Date}, thresholds as
     * Double (2/3 as 0.666…, never rounded up to 0.6667, which would make 10 of 15 fail).
     */
    public Map<String, Object> toVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        CampaignVariables.SUBMISSION_LIMIT.put(variables, submissionLimit);
        CampaignVariables.FIX_WINDOWS.put(variables, fixWindows.stream().map(Duration::toString).collect(Collectors.joining(",")));
        CampaignVariables.PUBLICITY_WORKING_DAYS.put(variables, publicityWorkingDays);
        putIfPresent(variables, ResultPublicityProcess.RESULT_PUBLICITY_WORKING_DAYS, resultPublicityWorkingDays);
        putIfPresent(variables, PaymentProcess.PAYMENT_DEADLINE, paymentDeadline == null ? null : Date.from(paymentDeadline));
        PaperMaterialsProcess.PAPER_MATERIALS_REQUIRED.put(variables, paperMaterialsRequired);
        putIfPresent(variables, PaperMaterialsProcess.PAPER_DEADLINE, paperDeadline == null ? null : Date.from(paperDeadline));
        putIfPresent(variables, CommitteeVoteProcess.VOTE_QUORUM, voteQuorum == null ? null : voteQuorum.doubleValue());
        putIfPresent(variables, CommitteeVoteProcess.VOTE_PASS_RATIO, votePassRatio == null ? null : votePassRatio.doubleValue());
        putIfPresent(variables, CampaignVariables.REVIEW_CLOSES_AT, reviewClosesAt == null ? null : Date.from(reviewClosesAt));
        putIfPresent(variables, CampaignVariables.COMMITTEE_REVIEW_CLOSES_AT,
                committeeReviewClosesAt == null ? null : Date.from(committeeReviewClosesAt));
        return variables;
    }

    private static <T> void putIfPresent(Map<String, Object> variables, ProcessVariable<T> variable, T value) {
        if (value != null) {
            variable.put(variables, value);
        }
    }

    private static Instant instant(NoticeDefinition notice, Window window) {
        if (window == null || window.end() == null) {
            return null;
        }
        LocalDateTime end = window.end();
        return end.atZone(notice.zone()).toInstant();
    }
}
