package cn.xj.titlereview.eligibility;

import java.util.List;
import java.util.Optional;

import cn.xj.titlereview.notice.Level;

/**
 * The rules a process designer may change from year to year, kept in DMN tables under
 * {@code processes/decisions/}: {@value #TITLE_SENIORITY}, {@value #EXAM_BASED_SPECIALTY},
 * {@value #HR_EXAM_SCORE}, {@value #DIRECT_RECOGNITION}.
 */
public interface EligibilityDecisions {

    String TITLE_SENIORITY = "title-seniority";
    String EXAM_BASED_SPECIALTY = "exam-based-specialty";
    String HR_EXAM_SCORE = "hr-exam-score";
    String DIRECT_RECOGNITION = "direct-recognition-eligibility";

    /**
     * What applying at a level with an education requires.
     *
     * @param education code of the highest education ({@code HIGH_SCHOOL}, {@code BACHELOR} …)
     */
    Seniority seniority(Level level, String education);

    /** The national basis when the specialty is filled by exam (以考代评) at that level; empty otherwise. */
    Optional<String> examBased(String series, String specialty, Level level);

    ExamVerdict hrExam(int score, int yearsSinceExam);

    /**
     * The conditions of direct recognition (直接认定), as the direct-recognition process decides them:
     * one verdict per unmet condition, or the single verdict that all are met.
     */
    List<DirectRecognitionVerdict> directRecognition(Level currentLevel, int villageWorkYears, int excellentYears,
                                                     boolean examFilledSpecialty);

    /**
     * @param requiredTitleLevel the title to hold now, empty when none is required
     */
    record Seniority(boolean allowed, Optional<Level> requiredTitleLevel, int minTitleYears, int minProfessionYears,
                     String basis) {
    }

    record ExamVerdict(boolean passed, String reason) {
    }

    /**
     * @param condition {@code VILLAGE_WORK_YEARS}, {@code EXCELLENT_YEARS}, {@code CURRENT_LEVEL},
     *                  {@code EXAM_FILLED_SPECIALTY}, or {@code ALL_MET}
     */
    record DirectRecognitionVerdict(String condition, boolean met, String reason) {
    }
}
