package cn.xj.titlereview.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 用人单位: credit code (GB 32100), ownership ({@code EmployerType}), level ({@code UnitLevel}), region, competent department. */
@Entity
@Table(name = "employer_unit")
class EmployerUnitEntity {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "credit_code", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "ownership", nullable = false, length = 32)
    private String ownership;

    @Column(name = "unit_level", nullable = false, length = 16)
    private String level;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "competent_code", nullable = false, length = 20)
    private String competentCode;

    protected EmployerUnitEntity() {
    }

    EmployerUnitEntity(String code) {
        this.code = code;
    }

    void update(String name, String creditCode, String ownership, String level, String regionCode, String competentCode) {
        this.name = name;
        this.creditCode = creditCode;
        this.ownership = ownership;
        this.level = level;
        this.regionCode = regionCode;
        this.competentCode = competentCode;
    }

    String code() {
        return code;
    }

    String regionCode() {
        return regionCode;
    }
}
