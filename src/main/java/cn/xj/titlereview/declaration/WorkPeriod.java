package cn.xj.titlereview.declaration;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of the work history (工作简历); no end date: up to now (至今). */
@Embeddable
public record WorkPeriod(
        @Column(name = "date_from") LocalDate from,
        @Column(name = "date_to") LocalDate to,
        @Column(name = "unit_name", length = Limits.ORGANISATION) String unit,
        @Column(name = "post", length = Limits.LABEL) String position) {
}
