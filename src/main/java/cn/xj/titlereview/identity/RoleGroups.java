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
}
