package cn.xj.titlereview.review;

import java.util.Map;

/** The fixed opinion texts the notices prescribe, and the Chinese level names the forms show. */
public final class ReviewOpinions {

    /** The employer unit's opinion after a publicity without objection (all title-review notices). */
    public static final String UNIT_OPINION = "本单位已对提供的申报材料逐一审核，真实、完整、有效，同意推荐";

    /** The committee office's acceptance after the formal review. */
    public static final String COMMITTEE_ACCEPTED = "评审委员会已接收材料";

    private static final Map<String, String> LEVEL_NAMES = Map.of(
            "SENIOR_FULL", "正高级",
            "SENIOR_DEPUTY", "副高级",
            "INTERMEDIATE", "中级",
            "ASSISTANT", "助理级",
            "JUNIOR", "员级");

    private ReviewOpinions() {
    }

    /** Chinese level name of a level code; the code itself when unknown. */
    public static String levelName(String levelCode) {
        if (levelCode == null) {
            return "";
        }
        return LEVEL_NAMES.getOrDefault(levelCode, levelCode);
    }

    /**
     * The competent unit's recommendation: its own words when given, else the notice template
     * ("同意推荐XX同志申报XX系列XX专业X级职称") without the name, which never enters the process.
     */
    public static String competentOpinion(String comment, String specialty, String levelCode) {
        if (comment != null && !comment.isBlank()) {
            return comment.strip();
        }
        StringBuilder text = new StringBuilder("同意推荐该同志申报");
        if (specialty != null && !specialty.isBlank()) {
            text.append(specialty.strip()).append("专业");
        }
        return text.append(levelName(levelCode)).append("职称").toString();
    }
}
