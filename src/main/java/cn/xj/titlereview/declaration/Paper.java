package cn.xj.titlereview.declaration;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A published paper (论文): journal, date and the applicant's place among the authors. */
@Embeddable
public record Paper(
        @Column(name = "title", length = Limits.TITLE) String title,
        @Column(name = "journal", length = Limits.ORGANISATION) String journal,
        @Column(name = "published_on") LocalDate date,
        @Column(name = "author_rank", length = Limits.LABEL) String authorRank) {
}
