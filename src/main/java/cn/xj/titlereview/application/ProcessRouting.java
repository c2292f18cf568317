package cn.xj.titlereview.application;

import cn.xj.titlereview.security.ApiUser;

/**
 * The Camunda groups that handle one application: its employer unit, competent department,
 * committee office (of the delegated committee for a delegated evaluation), HR bureau and the
 * committee's experts. Any of them may be absent (no committee for an initial determination or a
 * direct recognition). Read from the variables of the application's root process instance, or
 * from the organisation directory before a process exists.
 */
public record ProcessRouting(String unitGroup, String competentGroup, String committeeGroup, String hrbGroup,
                      String expertGroup) {

    static final ProcessRouting NONE = new ProcessRouting(null, null, null, null, null);

    /** The unit, competent department, committee office or HR bureau of this application. */
    boolean reviews(ApiUser user) {
        return member(user, unitGroup) || member(user, competentGroup) || member(user, committeeGroup)
                || member(user, hrbGroup);
    }

    /** The committee office and the HR bureau check identities and issue certificates. */
    boolean checksIdentity(ApiUser user) {
        return member(user, committeeGroup) || member(user, hrbGroup);
    }

    boolean votes(ApiUser user) {
        return member(user, expertGroup);
    }

    private static boolean member(ApiUser user, String group) {
        return group != null && user.isMemberOf(group);
    }
}
