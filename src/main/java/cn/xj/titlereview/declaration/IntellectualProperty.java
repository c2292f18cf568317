package cn.xj.titlereview.declaration;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Intellectual property (知识产权): e.g. an invention patent, its number and date. */
@Embeddable
public record IntellectualProperty(
        @Column(name = "ip_name", length = Limits.TITLE) String name,
        @Column(name = "kind", length = Limits.LABEL) String kind,
        @Column(name = "registration_no", length = Limits.LABEL) String number,
        @Column(name = "granted_on") LocalDate date) {
}
