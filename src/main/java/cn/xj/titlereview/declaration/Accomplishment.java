package cn.xj.titlereview.declaration;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One item of practice (实践能力) or of achievements (业绩成果): what, when, the applicant's role
 * and share of the work. The same item may not appear in both lists.
 */
@Embeddable
public record Accomplishment(
        @Column(name = "title", length = Limits.TITLE) String title,
        @Column(name = "date_from") LocalDate from,
        @Column(name = "date_to") LocalDate to,
        @Column(name = "role_played", length = Limits.LABEL) String role,
        @Column(name = "description", length = Limits.DESCRIPTION) String description) {
}
