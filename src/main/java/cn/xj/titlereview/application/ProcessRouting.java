package cn.xj.titlereview.application;

import java.util.Set;

import cn.xj.titlereview.security.ApiUser;

/**
 * The Camunda groups that handle one application: its employer unit, competent department,
 * committee office (of the delegated committee for a delegated evaluation), HR bureau and the
 * committee's experts. Any of them may be absent (no committee for an initial determination or a
 * direct recognition). Read from the variables of the application's root process instance, or
 * from the organisation directory before a process exists.
 *
 * <p>{@code voters}: the experts of the committee meeting that votes on the application (the drawn experts less those
 * who stood aside), from its latest vote stage; {@link Voters#NONE} until a meeting opens its vote. Only they, of the
 * committee's experts, read the application.
 */
public record ProcessRouting(String unitGroup, String competentGroup, String committeeGroup, String hrbGroup,
                             String expertGroup, Voters voters) {

    static final ProcessRouting NONE = new ProcessRouting(null, null, null, null, null, Voters.NONE);

    /** The meeting whose experts vote on the application, and those experts (user ids). */
    public record Voters(String meetingId, Set<String> expertIds) {

        public static final Voters NONE = new Voters(null, Set.of());

        public Voters {
            expertIds = expertIds == null ? Set.of() : Set.copyOf(expertIds);
        }
    }

    public ProcessRouting {
        voters = voters == null ? Voters.NONE : voters;
    }

    /** The unit, competent department, committee office or HR bureau of this application. */
    boolean reviews(ApiUser user) {
        return member(user, unitGroup) || member(user, competentGroup) || member(user, committeeGroup)
                || member(user, hrbGroup);
    }

    /** The committee office and the HR bureau check identities and issue certificates. */
    boolean checksIdentity(ApiUser user) {
        return member(user, committeeGroup) || member(user, hrbGroup);
    }

    /**
     * An expert of the committee drawn for the meeting that votes on the application (and not stood aside from it).
     * The rest of the committee's pool, and every expert before the meeting opens its vote, reads nothing.
     */
    boolean votes(ApiUser user) {
        return member(user, expertGroup) && voters.expertIds().contains(user.userId());
    }

    private static boolean member(ApiUser user, String group) {
        return group != null && user.isMemberOf(group);
    }
}
