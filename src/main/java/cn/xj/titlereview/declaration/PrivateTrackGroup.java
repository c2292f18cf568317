package cn.xj.titlereview.declaration;

import cn.xj.titlereview.notice.Labelled;

/**
 * Which group of a notice's private-enterprise track (民营企业专项评审) an applicant of a private
 * firm or a freelancer belongs to (Akesu 2024, 第一条第（二）款).
 */
public enum PrivateTrackGroup implements Labelled {
    REGISTERED_IN_AREA("营业执照在本地区注册的民营企业专业技术人员"),
    FILES_WITH_AREA_AGENCY("档案在本地区人事代理机构托管的自由职业专业技术人员"),
    POSTED_FROM_OUTSIDE("疆外民营企业派驻本地区连续工作的专业技术人员"),
    NONE("以上均不是");

    private final String label;

    PrivateTrackGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
