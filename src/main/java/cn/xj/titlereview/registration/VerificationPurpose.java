package cn.xj.titlereview.registration;

import cn.xj.titlereview.notice.Labelled;

/** What a one-time code is for. */
public enum VerificationPurpose implements Labelled {
    REGISTER("注册"),
    RESET_PASSWORD("找回密码"),
    /** The contact of a unit that registers itself (单位注册): the phone is the contact's, no account needed. */
    UNIT_REGISTER("单位注册");

    private final String label;

    VerificationPurpose(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
