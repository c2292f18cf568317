package cn.xj.titlereview.meeting;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.security.ApiUser;

/**
 * Who keeps a committee's pool and meetings: its office (group {@code committee<code>}) and administrators;
 * supervisors and the committee's HR bureau read them. Nobody else sees anything.
 */
final class MeetingAccess {

    private MeetingAccess() {
    }

    static boolean keeps(ApiUser user, String committeeCode) {
        return user.isMemberOf(RoleGroups.ADMIN) || user.isMemberOf(RoleGroups.committee(committeeCode));
    }

    static void requireKeeper(ApiUser user, String committeeCode) {
        if (!keeps(user, committeeCode)) {
            throw ApiProblemException.forbidden("只有评审委员会 " + committeeCode + " 的办事机构（或系统管理员）可以维护它的评审专家库和评审会议");
        }
    }

    static void requireReader(ApiUser user, String committeeCode, String bureauCode) {
        if (keeps(user, committeeCode) || user.isMemberOf(RoleGroups.SUPERVISOR)
                || (bureauCode != null && user.isMemberOf(RoleGroups.hrBureau(bureauCode)))) {
            return;
        }
        throw ApiProblemException.forbidden("评审委员会 " + committeeCode + " 的评审专家库和评审会议只供其办事机构、组建它的人社部门、"
                + "监督人员和系统管理员查看");
    }
}
