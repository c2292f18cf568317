package cn.xj.titlereview.process;

import static org.assertj.core.api.Assertions.assertThat;

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

import cn.xj.titlereview.process.DecisionTableRules.Evaluation;

@Deployment(resources = PaymentProcess.FEE_DECISION_RESOURCE)
class FeeDecisionTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension ext = ProcessEngineCoverageExtension.builder().build();

    ProcessEngine engine;

    record Case(String noticeId, String level, int fee, String rule) {
        @Override
        public String toString() {
            return noticeId + " / " + level + " -> " + fee + " (" + rule + ")";
        }
    }

    static final List<Case> CASES = List.of(
            new Case("notice-2024-xj-senior-five-series", "SENIOR_FULL", 700, "fee_rule_five_series_senior"),
            new Case("notice-2024-xj-senior-five-series", "SENIOR_DEPUTY", 700, "fee_rule_five_series_senior"),
            new Case("notice-2024-xj-senior-five-series", "INTERMEDIATE", 400, "fee_rule_five_series_intermediate"),
            new Case("notice-2024-xj-senior-five-series", "JUNIOR", 200, "fee_rule_five_series_junior"),
            new Case("notice-2021-xj-nonferrous", "SENIOR_DEPUTY", 700, "fee_rule_nonferrous_senior_deputy"),
            new Case("notice-2021-xj-nonferrous", "INTERMEDIATE", 400, "fee_rule_nonferrous_intermediate"),
            new Case("notice-2021-xj-nonferrous", "ASSISTANT", 200, "fee_rule_nonferrous_assistant"),
            new Case("notice-2024-akesu-coal", "SENIOR_DEPUTY", 700, "fee_rule_akesu_senior_deputy"),
            new Case("notice-2024-akesu-coal", "INTERMEDIATE", 400, "fee_rule_akesu_intermediate"),
            new Case("notice-2024-akesu-coal", "ASSISTANT", 200, "fee_rule_akesu_assistant"),
            new Case("notice-2024-akesu-coal", "SENIOR_FULL", 0, "fee_rule_akesu_other_levels"),
            new Case("notice-2024-akesu-coal", "JUNIOR", 0, "fee_rule_akesu_other_levels"),
            new Case("notice-2023-hami-all-series", "INTERMEDIATE", 400, "fee_rule_hami_intermediate"),
            new Case("notice-2023-hami-all-series", "ASSISTANT", 200, "fee_rule_hami_assistant"),
            new Case("notice-2024-hejing-initial-junior", "JUNIOR", 0, "fee_rule_hejing"));

    static Stream<Case> cases() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void feeOfEachNoticeAndLevelComesFromItsOwnRule(Case c) {
        Evaluation evaluation = DecisionTableRules.evaluate(engine, PaymentProcess.FEE_DECISION,
                Map.of("noticeId", c.noticeId(), "level", c.level()));

        assertThat(evaluation.result().<Object>getSingleEntry()).isEqualTo(c.fee());
        assertThat(evaluation.matchedRuleIds()).containsExactly(c.rule());
    }

    @Test
    void anUnknownNoticeHasNoFeeRatherThanAFeeOfZero() {
        Evaluation evaluation = DecisionTableRules.evaluate(engine, PaymentProcess.FEE_DECISION,
                Map.of("noticeId", "notice-2099-unknown", "level", "INTERMEDIATE"));

        assertThat(evaluation.result()).isEmpty();
    }

    @Test
    void theCasesCoverEveryRuleOfTheTable() {
        assertThat(CASES.stream().map(Case::rule).distinct())
                .containsExactlyInAnyOrderElementsOf(DecisionTableRules.ruleIds(PaymentProcess.FEE_DECISION_RESOURCE));
    }
}
