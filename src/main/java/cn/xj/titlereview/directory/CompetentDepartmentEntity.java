package cn.xj.titlereview.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 主管部门 of employer units, in its region; the credit code is optional. */
@Entity
@Table(name = "competent_department")
class CompetentDepartmentEntity {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    protected CompetentDepartmentEntity() {
    }

    CompetentDepartmentEntity(String code) {
        this.code = code;
    }

    void update(String name, String creditCode, String regionCode) {
        this.name = name;
        this.creditCode = creditCode;
        this.regionCode = regionCode;
    }

    String code() {
        return code;
    }

    String regionCode() {
        return regionCode;
    }
}
