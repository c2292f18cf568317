package cn.xj.titlereview.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Continuing-education hours of one year: public subjects (公需科目) and professional (专业科目). */
@Embeddable
public record ContinuingEducationYear(
        @Column(name = "education_year") Integer year,
        @Column(name = "public_hours") Integer publicHours,
        @Column(name = "professional_hours") Integer professionalHours) {
}
