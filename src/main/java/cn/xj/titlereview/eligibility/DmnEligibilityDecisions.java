package cn.xj.titlereview.eligibility;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;

import cn.xj.titlereview.notice.Level;

/**
 * {@link EligibilityDecisions} read from the DMN tables. The evaluator is the engine's decision
 * service in the application (the latest deployed version, so a table redeployed from the Modeler
 * applies at once) and a standalone DMN engine in unit tests.
 */
public class DmnEligibilityDecisions implements EligibilityDecisions {

    /** Evaluates a decision by key with the given variables. */
    @FunctionalInterface
    public interface Evaluator {
        DmnDecisionResult evaluate(String decisionKey, Map<String, Object> variables);
    }

    private final Evaluator evaluator;

    public DmnEligibilityDecisions(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Seniority seniority(Level level, String education) {
        DmnDecisionResultEntries row = single(TITLE_SENIORITY,
                Map.of("level", level.name(), "education", education));
        String required = row.getEntry("requiredTitleLevel");
        return new Seniority(
                Boolean.TRUE.equals(row.getEntry("allowed")),
                required == null || "NONE".equals(required) ? Optional.empty() : Optional.of(Level.valueOf(required)),
                number(row.getEntry("minTitleYears")),
                number(row.getEntry("minProfessionYears")),
                row.getEntry("basis"));
    }

    @Override
    public Optional<String> examBased(String series, String specialty, Level level) {
        DmnDecisionResult result = evaluator.evaluate(EXAM_BASED_SPECIALTY, Map.of(
                "series", series == null ? "" : series,
                "specialty", specialty == null ? "" : specialty,
                "level", level.name()));
        if (result.isEmpty() || !Boolean.TRUE.equals(result.getSingleResult().getEntry("examBased"))) {
            return Optional.empty();
        }
        return Optional.of(result.getSingleResult().getEntry("basis"));
    }

    @Override
    public ExamVerdict hrExam(int score, int yearsSinceExam) {
        DmnDecisionResultEntries row = single(HR_EXAM_SCORE, Map.of("score", score, "yearsSinceExam", yearsSinceExam));
        return new ExamVerdict(Boolean.TRUE.equals(row.getEntry("passed")), row.getEntry("reason"));
    }

    @Override
    public List<DirectRecognitionVerdict> directRecognition(Level currentLevel, int villageWorkYears, int excellentYears,
                                                            boolean examFilledSpecialty) {
        DmnDecisionResult result = evaluator.evaluate(DIRECT_RECOGNITION, Map.of(
                "currentLevel", currentLevel.name(),
                "villageWorkYears", villageWorkYears,
                "villageWorkExcellentYears", excellentYears,
                "examFilledSpecialty", examFilledSpecialty));
        if (result.isEmpty()) {
            throw new IllegalStateException("决策表 " + DIRECT_RECOGNITION + " 没有结果");
        }
        return result.getResultList().stream()
                .map(row -> new DirectRecognitionVerdict((String) row.get("condition"),
                        Boolean.TRUE.equals(row.get("eligible")), (String) row.get("reason")))
                .toList();
    }

    private DmnDecisionResultEntries single(String key, Map<String, Object> variables) {
        DmnDecisionResult result = evaluator.evaluate(key, variables);
        if (result.isEmpty()) {
            // a table without a row for a valid input is a modelling gap, not the applicant's fault
            throw new IllegalStateException("决策表 " + key + " 对输入 " + variables + " 没有结果");
        }
        return result.getSingleResult();
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
