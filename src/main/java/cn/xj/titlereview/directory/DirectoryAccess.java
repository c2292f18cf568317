package cn.xj.titlereview.directory;

import java.util.Set;
import java.util.TreeSet;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.identity.Directory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.security.ApiUser;

/**
 * Who may read and change the directory: an HR bureau (group {@code hrb<region>}) reads all of it and changes
 * what lies in its region (the autonomous region's bureau 650000 everything, a prefecture's bureau its
 * prefecture and its counties); supervisors read; administrators read and change everything; others nothing.
 */
record DirectoryAccess(String userId, boolean administrator, boolean supervisor, Set<String> bureauRegions) {

    static final String HR_BUREAU_PREFIX = "hrb";

    static DirectoryAccess of(ApiUser user) {
        Set<String> regions = new TreeSet<>();
        for (String group : user.groups()) {
            if (group.startsWith(HR_BUREAU_PREFIX) && Regions.isCode(group.substring(HR_BUREAU_PREFIX.length()))) {
                regions.add(group.substring(HR_BUREAU_PREFIX.length()));
            }
        }
        return new DirectoryAccess(user.userId(), user.isMemberOf(RoleGroups.ADMIN), user.isMemberOf(RoleGroups.SUPERVISOR),
                regions);
    }

    DirectoryAccess requireRead() {
        if (!administrator && !supervisor && bureauRegions.isEmpty()) {
            throw ApiProblemException.forbidden("组织机构目录只供人社部门、监督人员和系统管理员查看");
        }
        return this;
    }

    boolean mayChange(String regionCode) {
        return administrator || bureauRegions.stream().anyMatch(region -> Regions.within(regionCode, region));
    }

    /** 403 unless the region lies in one of the caller's; {@code what} names the organisation in the message. */
    void requireChange(String regionCode, String what, Directory directory) {
        requireRead();
        if (administrator || mayChange(regionCode)) {
            return;
        }
        if (bureauRegions.isEmpty()) {
            throw ApiProblemException.forbidden("只有人社部门可以维护组织机构目录（监督人员只能查看）");
        }
        throw ApiProblemException.forbidden("人社部门只能维护本地区（" + names(bureauRegions, directory) + "）的组织机构；"
                + what + "属于" + name(regionCode, directory));
    }

    static String name(String regionCode, Directory directory) {
        return directory.region(regionCode).map(r -> r.name() + "（" + r.code() + "）").orElse(String.valueOf(regionCode));
    }

    private static String names(Set<String> regions, Directory directory) {
        return String.join("、", regions.stream().map(r -> name(r, directory)).toList());
    }
}
