package cn.xj.titlereview.declaration;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Circumstances the notices' rules, exemptions and exclusions depend on (null: not answered yet).
 * The exclusion questions (retired, civil servant, 参公, discipline and criminal-penalty periods)
 * must be answered before submission; a date belongs to a "yes".
 *
 * <p>The path of the notice: {@code directRecognition} (直接认定, with the village-work posting
 * {@code villageWorkFrom}–{@code villageWorkTo}, no end date: still posted) or
 * {@code delegatedEvaluation} with the committee the letter names ({@code delegatedToCommittee}).
 */
@Embeddable
public record Situation(
        @Column(name = "village_work") Boolean villageWork,
        @Column(name = "aid_xinjiang") Boolean aidXinjiang,
        @Column(name = "delegated_evaluation") Boolean delegatedEvaluation,
        @Column(name = "from_government_organ") Boolean transferredFromGovernmentOrgan,
        @Column(name = "first_application") Boolean firstApplication,
        @Column(name = "skilled_worker") Boolean skilledWorker,
        @Column(name = "foreign_national") Boolean foreignNational,
        @Column(name = "retired") Boolean retired,
        @Column(name = "civil_servant") Boolean civilServant,
        @Column(name = "reference_civil_servant") Boolean referenceCivilServant,
        @Column(name = "under_discipline") Boolean underDiscipline,
        @Column(name = "discipline_ends_on") LocalDate disciplineEndsOn,
        @Column(name = "under_criminal_penalty") Boolean underCriminalPenalty,
        @Column(name = "criminal_penalty_ends_on") LocalDate criminalPenaltyEndsOn,
        @Enumerated(EnumType.STRING) @Column(name = "skilled_qualification", length = 24)
        SkilledQualification skilledQualification,
        @Column(name = "skilled_qualification_on") LocalDate skilledQualificationOn,
        @Column(name = "hr_exam_score") Integer hrExamScore,
        @Column(name = "hr_exam_year") Integer hrExamYear,
        @Column(name = "aid_posting_from") LocalDate aidPostingFrom,
        @Column(name = "aid_posting_to") LocalDate aidPostingTo,
        @Enumerated(EnumType.STRING) @Column(name = "private_track_group", length = 32)
        PrivateTrackGroup privateTrackGroup,
        @Column(name = "posted_in_area_since") LocalDate postedInAreaSince,
        @Column(name = "direct_recognition") Boolean directRecognition,
        @Column(name = "village_work_from") LocalDate villageWorkFrom,
        @Column(name = "village_work_to") LocalDate villageWorkTo,
        @Column(name = "delegated_to_committee", length = 16) String delegatedToCommittee) {

    static final Situation NONE = new Situation(null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    /** The applicant asks for direct recognition (直接认定) instead of the notice's review or determination. */
    public boolean asksDirectRecognition() {
        return Boolean.TRUE.equals(directRecognition);
    }

    /** The applicant is evaluated by the committee a delegation letter names (委托评审). */
    public boolean delegated() {
        return Boolean.TRUE.equals(delegatedEvaluation);
    }
}
