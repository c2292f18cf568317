package cn.xj.titlereview.notice;

import cn.xj.titlereview.notice.NoticeDefinition.Window;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
        Fraction votePassRatio) {

    public static final String SUBMISSION_LIMIT = "submissionLimit";
    public static final String FIX_WINDOWS = "fixWindows";
    public static final String PUBLICITY_WORKING_DAYS = "publicityWorkingDays";
    public static final String RESULT_PUBLICITY_WORKING_DAYS = "resultPublicityWorkingDays";
    public static final String PAYMENT_DEADLINE = "paymentDeadline";
    public static final String PAPER_MATERIALS_REQUIRED = "paperMaterialsRequired";
    public static final String PAPER_DEADLINE = "paperDeadline";
    public static final String VOTE_QUORUM = "voteQuorum";
    public static final String VOTE_PASS_RATIO = "votePassRatio";

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
                notice.vote() == null ? null : notice.vote().passRatio());
    }

    /**
     * Process variables: {@code fixWindows} as comma-joined ISO-8601 durations ({@code PT48H,PT24H};
     * "2 days" is written PT48H, the same clock time), deadlines as {@link Date}, thresholds as
     * Double (2/3 as 0.666…, never rounded up to 0.6667, which would make 10 of 15 fail).
     */
    public Map<String, Object> toVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(SUBMISSION_LIMIT, submissionLimit);
        variables.put(FIX_WINDOWS, fixWindows.stream().map(Duration::toString).collect(Collectors.joining(",")));
        variables.put(PUBLICITY_WORKING_DAYS, publicityWorkingDays);
        putIfPresent(variables, RESULT_PUBLICITY_WORKING_DAYS, resultPublicityWorkingDays);
        putIfPresent(variables, PAYMENT_DEADLINE, paymentDeadline == null ? null : Date.from(paymentDeadline));
        variables.put(PAPER_MATERIALS_REQUIRED, paperMaterialsRequired);
        putIfPresent(variables, PAPER_DEADLINE, paperDeadline == null ? null : Date.from(paperDeadline));
        putIfPresent(variables, VOTE_QUORUM, voteQuorum == null ? null : voteQuorum.doubleValue());
        putIfPresent(variables, VOTE_PASS_RATIO, votePassRatio == null ? null : votePassRatio.doubleValue());
        return variables;
    }

    private static void putIfPresent(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value);
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
