package cn.xj.titlereview.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.xj.titlereview.process.DecisionTableRules.Evaluation;

@Deployment(resources = DefenseProcess.DEFENSE_DECISION_RESOURCE)
class DefenseRequiredDecisionTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension ext = ProcessEngineCoverageExtension.builder().build();

    private static final String FIVE = "notice-2024-xj-senior-five-series";
    private static final String NONFERROUS = "notice-2021-xj-nonferrous";
    private static final String AKESU = "notice-2024-akesu-coal";
    private static final String HAMI = "notice-2023-hami-all-series";
    private static final String HEJING = "notice-2024-hejing-initial-junior";

    ProcessEngine engine;

    record Case(String noticeId, String level, String unitLevel, boolean villageWork, boolean required, String reasonPart,
                String rule) {
        @Override
        public String toString() {
            return noticeId + " / " + level + " / " + unitLevel + (villageWork ? " / 驻村" : "") + " -> "
                    + (required ? "答辩" : "免答辩") + " (" + rule + ")";
        }
    }

    static final List<Case> CASES = List.of(
            new Case(FIVE, "SENIOR_FULL", "REGION", false, true, "线上视频答辩", "defense_required_rule_five_series_senior_full"),
            // the five-series notice grants no village-work exemption
            new Case(FIVE, "SENIOR_FULL", "COUNTY", true, true, "线上视频答辩", "defense_required_rule_five_series_senior_full"),
            new Case(FIVE, "SENIOR_DEPUTY", "REGION", false, false, "仅要求申报正高级", "defense_required_rule_five_series_other_levels"),
            new Case(FIVE, "INTERMEDIATE", "OTHER", false, false, "仅要求申报正高级", "defense_required_rule_five_series_other_levels"),
            new Case(NONFERROUS, "SENIOR_DEPUTY", "REGION", false, true, "一票否决", "defense_required_rule_nonferrous_deputy_region_prefecture"),
            new Case(NONFERROUS, "SENIOR_DEPUTY", "PREFECTURE", false, true, "一票否决", "defense_required_rule_nonferrous_deputy_region_prefecture"),
            new Case(NONFERROUS, "SENIOR_DEPUTY", "PREFECTURE", true, false, "访惠聚", "defense_required_rule_nonferrous_deputy_village_work"),
            new Case(NONFERROUS, "SENIOR_DEPUTY", "COUNTY", false, false, "县级及以下", "defense_required_rule_nonferrous_deputy_other_units"),
            new Case(NONFERROUS, "SENIOR_DEPUTY", "OTHER", true, false, "县级及以下", "defense_required_rule_nonferrous_deputy_other_units"),
            new Case(NONFERROUS, "INTERMEDIATE", "REGION", false, false, "仅规定申报副高级", "defense_required_rule_nonferrous_other_levels"),
            new Case(AKESU, "SENIOR_DEPUTY", "COUNTY", false, true, "正、副高级", "defense_required_rule_akesu_senior"),
            new Case(AKESU, "SENIOR_FULL", "PREFECTURE", false, true, "正、副高级", "defense_required_rule_akesu_senior"),
            new Case(AKESU, "SENIOR_DEPUTY", "PREFECTURE", true, false, "驻村", "defense_required_rule_akesu_senior_village_work"),
            new Case(AKESU, "INTERMEDIATE", "PREFECTURE", false, false, "中级及以下", "defense_required_rule_akesu_intermediate_and_below"),
            new Case(AKESU, "ASSISTANT", "COUNTY", false, false, "中级及以下", "defense_required_rule_akesu_intermediate_and_below"),
            new Case(AKESU, "JUNIOR", "COUNTY", true, false, "中级及以下", "defense_required_rule_akesu_intermediate_and_below"),
            new Case(HAMI, "INTERMEDIATE", "PREFECTURE", false, false, "未规定答辩", "defense_required_rule_hami"),
            new Case(HEJING, "JUNIOR", "COUNTY", false, false, "初次确定", "defense_required_rule_hejing"));

    static Stream<Case> cases() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachNoticeDecidesWhoDefendsAndWhy(Case c) {
        Evaluation evaluation = DecisionTableRules.evaluate(engine, DefenseProcess.DEFENSE_DECISION, Map.of(
                "noticeId", c.noticeId(), "level", c.level(), "unitLevel", c.unitLevel(), "villageWork", c.villageWork()));

        DmnDecisionResultEntries result = evaluation.result().getSingleResult();
        assertThat(result.<Boolean>getEntry("defenseRequired")).isEqualTo(c.required());
        assertThat(result.<String>getEntry("reason")).contains(c.reasonPart());
        assertThat(evaluation.matchedRuleIds()).containsExactly(c.rule());
    }

    @Test
    void anUnknownNoticeHasNoAnswer() {
        Evaluation evaluation = DecisionTableRules.evaluate(engine, DefenseProcess.DEFENSE_DECISION, Map.of(
                "noticeId", "notice-2099-unknown", "level", "SENIOR_FULL", "unitLevel", "REGION", "villageWork", false));

        assertThat(evaluation.result()).isEmpty();
    }

    @Test
    void theCasesCoverEveryRuleOfTheTable() {
        assertThat(CASES.stream().map(Case::rule).distinct())
                .containsExactlyInAnyOrderElementsOf(DecisionTableRules.ruleIds(DefenseProcess.DEFENSE_DECISION_RESOURCE));
    }
}
