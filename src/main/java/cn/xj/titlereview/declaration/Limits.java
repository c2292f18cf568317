package cn.xj.titlereview.declaration;

/** Maximum lengths (characters) of the application's text fields: the API and the columns agree. */
public final class Limits {
    public static final int NAME = 50;
    public static final int SHORT = 20;
    public static final int LABEL = 50;
    public static final int ORGANISATION = 100;
    public static final int TITLE = 200;
    public static final int DESCRIPTION = 2000;
    public static final int WORK_SUMMARY = 10000;
    public static final int UNIT_CODE = 18;
    public static final int NOTICE_ID = 64;
    public static final int LIST = 50;

    private Limits() {
    }
}
