package cn.xj.titlereview.document.word;

/**
 * The placeholders a template may hold, written {@code {{name}}} in Word. The list is the contract
 * with the people who edit templates: a template naming anything else stops the start.
 */
public enum DocumentField {
    APPLICATION_NO("applicationNo", "申报编号"),
    NAME("name", "申报人姓名"),
    GENDER("gender", "性别"),
    ETHNICITY("ethnicity", "民族"),
    POLITICS("politics", "政治面貌"),
    ID_NUMBER_MASKED("idNumberMasked", "身份证号码（遮盖形式，如 650102********123X）"),
    UNIT_NAME("unitName", "工作单位（用人单位）名称"),
    COMPETENT_NAME("competentName", "主管单位（主管部门）名称"),
    SERIES("series", "申报系列，如 工程系列"),
    SPECIALTY("specialty", "申报专业，如 有色金属"),
    LEVEL("level", "申报级别，如 正高级"),
    CURRENT_TITLE("currentTitle", "现职称名称"),
    CURRENT_TITLE_DATE("currentTitleDate", "现职称取得日期，如 2017年12月20日"),
    NOTICE_TITLE("noticeTitle", "通知名称"),
    NOTICE_YEAR("noticeYear", "通知年度"),
    UNIT_OPINION("unitOpinion", "通知规定的单位审核意见，如 本单位已对提供的申报材料逐一审核，真实、完整、有效，同意推荐"),
    SUBMITTED_DATE("submittedDate", "最近一次提交日期，如 2024年9月2日"),
    TODAY("today", "生成文书当天的日期（北京时间）"),
    YEAR("year", "生成文书当年的年份，用于落款“____年  月  日”");

    private final String key;
    private final String description;

    DocumentField(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static boolean isKnown(String key) {
        for (DocumentField field : values()) {
            if (field.key.equals(key)) {
                return true;
            }
        }
        return false;
    }
}
