package cn.xj.titlereview.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Annual assessment (年度考核) of one year. */
@Embeddable
public record AnnualAssessment(
        @Column(name = "assessment_year") Integer year,
        @Enumerated(EnumType.STRING) @Column(name = "rating", length = 24) AssessmentRating rating) {
}
