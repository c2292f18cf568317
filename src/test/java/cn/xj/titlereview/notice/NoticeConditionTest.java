package cn.xj.titlereview.notice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeConditionTest {

    private final ApplicationFacts privateDeputyFirstTimer = ApplicationFacts.none()
            .withLevel(Level.SENIOR_DEPUTY).withEmployer(EmployerType.PRIVATE).with(Fact.FIRST_APPLICATION);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            always                                                        | true
            never                                                         | false
            optional                                                      | false
            firstApplication                                              | true
            villageWork                                                   | false
            not villageWork                                               | true
            level in [SENIOR_FULL, SENIOR_DEPUTY]                         | true
            level in [INTERMEDIATE]                                       | false
            employer: PRIVATE                                             | true
            employer in [PRIVATE] and firstApplication                    | true
            not (employer in [PRIVATE] and firstApplication)              | false
            villageWork or level: SENIOR_DEPUTY                           | true
            villageWork or level: INTERMEDIATE and firstApplication       | false
            not villageWork and not (employer: PRIVATE and firstApplication) | false
            education in [BACHELOR]                                       | false
            """)
    void evaluatesAgainstApplicationFacts(String condition, boolean expected) {
        assertThat(NoticeCondition.parse(condition).test(privateDeputyFirstTimer)).isEqualTo(expected);
    }

    @Test
    void andBindsTighterThanOr() {
        NoticeCondition condition = NoticeCondition.parse("villageWork or level: INTERMEDIATE and firstApplication");

        assertThat(condition).hasToString("villageWork or (level in [INTERMEDIATE] and firstApplication)");
    }

    @Test
    void optionalMarksAcceptedButNeverRequired() {
        assertThat(NoticeCondition.parse("optional").optional()).isTrue();
        assertThat(NoticeCondition.parse("always").optional()).isFalse();
    }

    @Test
    void chineseValuesAndRegionCodesAreText() {
        ApplicationFacts facts = ApplicationFacts.none().withSpecialty("人力资源管理").withRegionCode("650521");

        assertThat(NoticeCondition.parse("specialty in [人力资源管理] and region in [650521, 650522]").test(facts)).isTrue();
    }

    @Test
    void teacherHoldsForAnyTeacherSeries() {
        assertThat(NoticeCondition.parse("teacher").test(ApplicationFacts.none().withSeries("技工院校教师系列"))).isTrue();
        assertThat(NoticeCondition.parse("teacher").test(ApplicationFacts.none().withSeries("工程系列"))).isFalse();
    }

    @Test
    void unknownValueIsRefusedWithTheAllowedOnes() {
        assertThatThrownBy(() -> NoticeCondition.parse("level in [SENIOR]"))
                .hasMessage("条件“level in [SENIOR]”无法解析：level 的取值“SENIOR”无效，可用：SENIOR_FULL, SENIOR_DEPUTY, "
                        + "INTERMEDIATE, ASSISTANT, JUNIOR");
    }

    @Test
    void unknownFactIsRefused() {
        assertThatThrownBy(() -> NoticeCondition.parse("retired"))
                .hasMessageStartingWith("条件“retired”无法解析：未知的事实或键“retired”，可用：always, never, optional");
    }

    @Test
    void unbalancedParenthesisIsRefused() {
        assertThatThrownBy(() -> NoticeCondition.parse("not (villageWork"))
                .hasMessage("条件“not (villageWork”无法解析：缺少“)”");
    }

    @Test
    void optionalCannotBeCombined() {
        assertThatThrownBy(() -> NoticeCondition.parse("optional and villageWork"))
                .hasMessageContaining("optional 只能单独使用");
    }
}
