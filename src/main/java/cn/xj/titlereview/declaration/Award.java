package cn.xj.titlereview.declaration;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An award (获奖情况): name, who granted it, when. */
@Embeddable
public record Award(
        @Column(name = "award_name", length = Limits.TITLE) String name,
        @Column(name = "grantor", length = Limits.ORGANISATION) String grantor,
        @Column(name = "awarded_on") LocalDate date) {
}
