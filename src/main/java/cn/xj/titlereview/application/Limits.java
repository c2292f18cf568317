package cn.xj.titlereview.application;

/** Maximum lengths (characters) of the application's text fields: the API and the columns agree. */
final class Limits {
    static final int NAME = 50;
    static final int SHORT = 20;
    static final int LABEL = 50;
    static final int ORGANISATION = 100;
    static final int TITLE = 200;
    static final int DESCRIPTION = 2000;
    static final int WORK_SUMMARY = 10000;
    static final int UNIT_CODE = 18;
    static final int NOTICE_ID = 64;
    static final int LIST = 50;

    private Limits() {
    }
}
