package cn.xj.titlereview.declaration;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The truthfulness pledge (承诺书): accepted, and when. */
@Embeddable
public record Pledge(
        @Column(name = "pledge_accepted") Boolean accepted,
        @Column(name = "pledge_date") LocalDate date) {
}
