package cn.xj.titlereview.declaration;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One diploma (学历) with its degree (学位, "无" if none). */
@Embeddable
public record EducationEntry(
        @Enumerated(EnumType.STRING) @Column(name = "education_level", length = 24) EducationLevel level,
        @Column(name = "school", length = Limits.ORGANISATION) String school,
        @Column(name = "major", length = Limits.ORGANISATION) String major,
        @Column(name = "graduation_date") LocalDate graduationDate,
        @Column(name = "full_time") Boolean fullTime,
        @Column(name = "degree", length = Limits.LABEL) String degree,
        @Column(name = "certificate_no", length = Limits.LABEL) String certificateNo) {
}
