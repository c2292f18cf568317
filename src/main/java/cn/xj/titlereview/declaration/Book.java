package cn.xj.titlereview.declaration;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A book (著作/译作) the applicant wrote or took part in. */
@Embeddable
public record Book(
        @Column(name = "title", length = Limits.TITLE) String title,
        @Column(name = "publisher", length = Limits.ORGANISATION) String publisher,
        @Column(name = "published_on") LocalDate date,
        @Column(name = "role_played", length = Limits.LABEL) String role) {
}
