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

/** 评审委员会: series, specialties (none: every one of the series), levels, notices served, the HR bureau that formed it. */
@Entity
@Table(name = "committee")
class CommitteeEntity {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "series", nullable = false, length = 50)
    private String series;

    @Column(name = "hr_bureau_code", nullable = false, length = 6)
    private String hrBureauCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_specialty", joinColumns = @JoinColumn(name = "committee_code"))
    @Column(name = "specialty", length = 50)
    private Set<String> specialties = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_level", joinColumns = @JoinColumn(name = "committee_code"))
    @Column(name = "title_level", length = 16)
    private Set<String> levels = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_notice", joinColumns = @JoinColumn(name = "committee_code"))
    @Column(name = "notice_id", length = 100)
    private Set<String> notices = new TreeSet<>();

    protected CommitteeEntity() {
    }

    CommitteeEntity(String code) {
        this.code = code;
    }

    void update(String name, String series, String hrBureauCode, Set<String> specialties, Set<String> levels,
                Set<String> notices) {
        this.name = name;
        this.series = series;
        this.hrBureauCode = hrBureauCode;
        replace(this.specialties, specialties);
        replace(this.levels, levels);
        replace(this.notices, notices);
    }

    private static void replace(Set<String> target, Set<String> values) {
        target.clear();
        target.addAll(values);
    }

    String code() {
        return code;
    }

    String hrBureauCode() {
        return hrBureauCode;
    }
}
