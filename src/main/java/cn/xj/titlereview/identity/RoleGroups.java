package cn.xj.titlereview.identity;

/** Camunda group ids of the product's roles (letters and digits only: the engine's resource-id pattern). */
public final class RoleGroups {

    public static final String APPLICANT = "applicant";
    public static final String SUPERVISOR = "supervisor";
    public static final String DESIGNER = "designer";
    /** Created by the engine for the administrator. */
    public static final String ADMIN = "camunda-admin";

    private RoleGroups() {
    }

    public static String unit(String code) {
        return "unit" + code;
    }

    public static String competent(String code) {
        return "competent" + code;
    }

    public static String committee(String code) {
        return "committee" + code;
    }

    public static String experts(String committeeCode) {
        return "expert" + committeeCode;
    }

    public static String hrBureau(String regionCode) {
        return "hrb" + regionCode;
    }

    /** A committee's experts (评审专家): blind review, never a name, and no delegation of their votes. */
    public static boolean isExpertGroup(String groupId) {
        return groupId != null && groupId.startsWith("expert");
    }

    /**
     * The group of an office that works review tasks (用人单位, 主管单位, 评审委员会办事机构, 人社部门): the
     * candidate group of its tasks, within which its tasks may be transferred, delegated or given a reviewer.
     */
    public static boolean isOfficeGroup(String groupId) {
        return groupId != null && (groupId.startsWith("unit") || groupId.startsWith("competent")
                || groupId.startsWith("committee") || groupId.startsWith("hrb"));
    }
}
