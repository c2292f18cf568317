package cn.xj.titlereview.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Yes/no circumstances the notices' rules and exemptions depend on (null: not answered yet). */
@Embeddable
public record Situation(
        @Column(name = "village_work") Boolean villageWork,
        @Column(name = "aid_xinjiang") Boolean aidXinjiang,
        @Column(name = "delegated_evaluation") Boolean delegatedEvaluation,
        @Column(name = "from_government_organ") Boolean transferredFromGovernmentOrgan,
        @Column(name = "first_application") Boolean firstApplication,
        @Column(name = "skilled_worker") Boolean skilledWorker,
        @Column(name = "foreign_national") Boolean foreignNational) {

    static final Situation NONE = new Situation(null, null, null, null, null, null, null);
}
