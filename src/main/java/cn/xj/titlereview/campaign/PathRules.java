package cn.xj.titlereview.campaign;

import java.util.Optional;

import cn.xj.titlereview.identity.Directory.Committee;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeDefinition.DelegatedEvaluation;
import cn.xj.titlereview.notice.NoticeDefinition.DelegationDirection;
import cn.xj.titlereview.notice.NoticeDefinition.DirectRecognition;
import cn.xj.titlereview.notice.NoticeFlow;

/**
 * Which paths of a notice an application may take, in one place: the declaration refuses a path
 * (400, at saving) with the same words the campaign start refuses it with
 * ({@link CampaignStartException}), so an applicant and a simulation read the same rule.
 *
 * <p>Direct recognition (直接认定) needs the notice's {@code DIRECT_RECOGNITION} policy, a title held
 * and the next level; it has no committee, so it is never delegated. Delegated evaluation (委托评审)
 * needs a committee of the directory and the notice's {@code DELEGATED_EVALUATION} policy in the
 * letter's direction: to the notice's own committee {@code INBOUND}, to another one {@code OUTBOUND}.
 */
public final class PathRules {

    /** The rule name of every path refusal. */
    public static final String RULE = "申报途径";

    public static final String DIRECT_RECOGNITION_NOT_DELEGATED = "直接认定不经评审委员会，不能委托评审";
    public static final String INITIAL_DETERMINATION_NOT_DELEGATED = "初定不经评审委员会，不能委托评审";
    public static final String DIRECT_RECOGNITION_NEEDS_TITLE = "直接认定现专业的高一级职称，须已取得职称（现职称不能为“无”）";
    public static final String LETTER_MISSING = "委托评审须上传委托评审函";
    public static final String COMMITTEE_MISSING = "委托评审须指明受委托的评审委员会";

    private PathRules() {
    }

    /** Why the notice has no direct-recognition path, or empty when it has one. */
    public static Optional<String> directRecognitionRefused(NoticeDefinition notice) {
        if (notice.flow() == NoticeFlow.INITIAL_DETERMINATION) {
            return Optional.of("本通知（" + notice.title() + "）是初定初级职称，没有直接认定，请按初定申报");
        }
        if (notice.specialPolicies().stream().noneMatch(DirectRecognition.class::isInstance)) {
            return Optional.of("本通知（" + notice.title() + "）没有直接认定的规定");
        }
        return Optional.empty();
    }

    /** Direct recognition grants the level directly above the current one, and nothing else. */
    public static Optional<String> nextLevelRefused(Level current, Level applied) {
        if (current == null) {
            return Optional.empty();
        }
        if (current.ordinal() == 0) {
            return Optional.of("现职称已是正高级，没有高一级职称可以直接认定");
        }
        Level next = Level.values()[current.ordinal() - 1];
        if (applied == next) {
            return Optional.empty();
        }
        return Optional.of("直接认定只认定现专业的高一级职称：现职称为" + current.label() + "，申报级别应为" + next.label()
                + "，而不是" + (applied == null ? "空" : applied.label()));
    }

    /**
     * No committee of the notice evaluates the series, specialty and level: 本市未开展职称评审的专业，需委托自治区或其他
     * 地、州、市评审的，须经市人力资源和社会保障局出具委托评审函 (Hami 第四条第（三）款).
     */
    public static String noCommittee(NoticeDefinition notice, String series, String specialty, Level level) {
        String what = (series == null ? "" : series) + (specialty == null ? "" : specialty + "专业")
                + (level == null ? "" : level.label());
        boolean delegates = notice.specialPolicies().stream().anyMatch(policy -> policy instanceof DelegatedEvaluation d
                && d.direction() == DelegationDirection.OUTBOUND);
        return "本通知（" + notice.title() + "）没有评审" + what + "的评审委员会"
                + (delegates ? "，须凭委托评审函委托其他评审委员会评审" : "");
    }

    public static String committeeUnknown(String code) {
        return "受委托的评审委员会 " + code + " 不在组织机构目录中";
    }

    /**
     * Why the notice does not allow a letter to this committee, or empty when it does.
     *
     * @param own the committee that serves the notice
     */
    public static Optional<String> delegationRefused(NoticeDefinition notice, Committee own, Committee target) {
        if (notice.flow() == NoticeFlow.INITIAL_DETERMINATION) {
            return Optional.of(INITIAL_DETERMINATION_NOT_DELEGATED);
        }
        DelegationDirection direction = direction(own, target);
        boolean allowed = notice.specialPolicies().stream()
                .anyMatch(policy -> policy instanceof DelegatedEvaluation delegated && delegated.direction() == direction);
        if (allowed) {
            return Optional.empty();
        }
        return Optional.of(direction == DelegationDirection.OUTBOUND
                ? "本通知（" + notice.title() + "）未规定委托其他评审委员会评审，不能委托" + target.name()
                : "本通知（" + notice.title() + "）未规定接受委托评审");
    }

    /**
     * A letter to the notice's own committee brings staff of central units etc. here (INBOUND); to
     * another committee it sends a specialty this area does not evaluate (OUTBOUND).
     */
    public static DelegationDirection direction(Committee own, Committee target) {
        return own != null && own.code().equals(target.code()) ? DelegationDirection.INBOUND : DelegationDirection.OUTBOUND;
    }
}
