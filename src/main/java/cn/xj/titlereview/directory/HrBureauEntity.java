package cn.xj.titlereview.directory;

import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** 人社部门 of a region (its code is the region's) and the notices whose results it confirms. */
@Entity
@Table(name = "hr_bureau")
class HrBureauEntity {

    @Id
    @Column(name = "code", length = 6)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hr_bureau_notice", joinColumns = @JoinColumn(name = "bureau_code"))
    @Column(name = "notice_id", length = 100)
    private Set<String> notices = new TreeSet<>();

    protected HrBureauEntity() {
    }

    HrBureauEntity(String code) {
        this.code = code;
    }

    void update(String name, Set<String> notices) {
        this.name = name;
        this.notices.clear();
        this.notices.addAll(notices);
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }
}
