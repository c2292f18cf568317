package cn.xj.titlereview.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrative division (GB/T 2260); seeded from {@code config/directory/regions.yml}. */
@Entity
@Table(name = "region")
class RegionEntity {

    @Id
    @Column(name = "code", length = 6)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    protected RegionEntity() {
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }
}
