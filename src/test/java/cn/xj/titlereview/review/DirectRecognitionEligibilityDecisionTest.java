package cn.xj.titlereview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.xj.titlereview.notice.process.DirectRecognitionProcess;
import cn.xj.titlereview.process.DecisionTableRules.Evaluation;
import cn.xj.titlereview.process.DecisionTableRules;

/**
 * The conditions of 直接认定 (新人社发〔2020〕25号; 有色金属通知第六条第（二）款, 哈密市通知第六条第（四）款): three consecutive years of village work, each
 * rated excellent, a current title below 正高级, a specialty not filled by examination. Every unmet
 * condition gives its own reason, all at once.
 */
@Deployment(resources = DirectRecognitionProcess.ELIGIBILITY_DECISION_RESOURCE)
class DirectRecognitionEligibilityDecisionTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension ext = ProcessEngineCoverageExtension.builder().build();

    private static final String RULE = "direct_recognition_rule_";

    ProcessEngine engine;
    private final DirectRecognitionEligibility reader = new DirectRecognitionEligibility();

    record Case(int years, int excellentYears, String currentLevel, boolean examFilled, boolean eligible,
                List<String> rules, List<String> reasonParts) {
        @Override
        public String toString() {
            return "驻村" + years + "年/优秀" + excellentYears + "年/" + currentLevel + (examFilled ? "/以考代评" : "")
                    + " -> " + (eligible ? "符合" : "不符合") + " " + rules;
        }
    }

    static final List<Case> CASES = List.of(
            new Case(3, 3, "INTERMEDIATE", false, true, List.of("eligible"), List.of("直接认定现专业的高一级职称")),
            new Case(5, 4, "JUNIOR", false, true, List.of("eligible"), List.of("连续三年考核优秀")),
            new Case(3, 3, "SENIOR_DEPUTY", false, true, List.of("eligible"), List.of("新人社发〔2020〕25号")),
            new Case(2, 2, "ASSISTANT", false, false, List.of("village_years_short", "excellent_years_short"),
                    List.of("2年，不满三年", "连续优秀2年")),
            new Case(0, 0, "ASSISTANT", false, false, List.of("village_years_short", "excellent_years_short"),
                    List.of("0年，不满三年")),
            new Case(4, 2, "INTERMEDIATE", false, false, List.of("excellent_years_short"), List.of("连续优秀2年，须连续三年考核优秀")),
            new Case(3, 3, "SENIOR_FULL", false, false, List.of("senior_full"), List.of("已是正高级")),
            new Case(3, 3, "ASSISTANT", true, false, List.of("exam_filled_specialty"), List.of("以考代评")),
            new Case(1, 0, "SENIOR_FULL", true, false,
                    List.of("village_years_short", "excellent_years_short", "senior_full", "exam_filled_specialty"),
                    List.of("1年，不满三年", "连续优秀0年", "已是正高级", "以考代评")));

    static Stream<Case> cases() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyUnmetConditionGivesItsReasonAndOnlyAllMetIsEligible(Case c) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("villageWorkYears", c.years());
        inputs.put("villageWorkExcellentYears", c.excellentYears());
        inputs.put("currentLevel", c.currentLevel());
        inputs.put("examFilledSpecialty", c.examFilled());

        Evaluation evaluation = DecisionTableRules.evaluate(engine, DirectRecognitionProcess.ELIGIBILITY_DECISION,
                inputs);

        assertThat(evaluation.matchedRuleIds()).containsExactlyInAnyOrderElementsOf(
                c.rules().stream().map(rule -> RULE + rule).toList());
        assertThat(reader.eligible(evaluation.result())).isEqualTo(c.eligible());
        String reasons = reader.reasons(evaluation.result());
        assertThat(reasons.lines()).hasSize(c.eligible() ? 1 : c.rules().size());
        c.reasonParts().forEach(part -> assertThat(reasons).contains(part));
    }

    @Test
    void theCasesCoverEveryRuleOfTheTable() {
        assertThat(CASES.stream().flatMap(c -> c.rules().stream()).map(rule -> RULE + rule).distinct())
                .containsExactlyInAnyOrderElementsOf(
                        DecisionTableRules.ruleIds(DirectRecognitionProcess.ELIGIBILITY_DECISION_RESOURCE));
    }
}
