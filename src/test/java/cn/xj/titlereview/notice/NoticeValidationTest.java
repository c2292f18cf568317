package cn.xj.titlereview.notice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each copy under notices-broken/ breaks one rule of notices-valid/notice-2099-test-base.yml. */
class NoticeValidationTest {

    private final NoticeLoader loader = new NoticeLoader();

    private static Path fixture(String directory) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(NoticeValidationTest.class.getResource("/" + directory)).toURI());
    }

    @Test
    void theBaseOfTheBrokenCopiesIsValid() throws Exception {
        assertThat(loader.loadDirectory(fixture("notices-valid")))
                .extracting(LoadedNotice::id).containsExactly("notice-2099-test-base");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            declaration-end-before-start | notice-2099-test-base.yml: windows.declaration.end 早于 start
            id-not-file-name             | notice-2099-test-base.yml: id “notice-2099-test-other”与文件名“notice-2099-test-base.yml”不一致
            id-bad-pattern               | notice-99-Test.yml: id “notice-99-Test”不符合格式 notice-\\d{4}-[a-z0-9-]+
            year-differs-from-id         | notice-2099-test-base.yml: year 2098 与 id 中的年份 2099 不一致
            missing-title                | notice-2099-test-base.yml: title 必填
            too-few-fix-windows          | notice-2099-test-base.yml: submission.fixWindows 只有 1 个，少于 submission.limit - 1 = 2 个
            fee-missing-for-level        | notice-2099-test-base.yml: fees.perLevel.INTERMEDIATE 缺少（申报范围含中级，须有评审费）
            fee-not-positive             | notice-2099-test-base.yml: fees.perLevel.INTERMEDIATE 须为正数（元）
            publicity-too-short          | notice-2099-test-base.yml: publicity.unit.workingDays 不得少于 5 个工作日
            quorum-out-of-range          | notice-2099-test-base.yml: vote.quorum 3/2 须在 (0, 1] 之间
            pass-ratio-zero              | notice-2099-test-base.yml: vote.passRatio 0 须在 (0, 1] 之间
            unknown-level                | notice-2099-test-base.yml: scope.entries[0].levels[1].code 取值“MIDDLE”无效：可用：SENIOR_FULL, SENIOR_DEPUTY, INTERMEDIATE, ASSISTANT, JUNIOR
            unknown-key                  | notice-2099-test-base.yml: deadline 是未知字段（不允许）
            bad-condition                | notice-2099-test-base.yml: materials[ce-exemption].when 条件“villageWrok and not firstApplication”无法解析：未知的事实或键“villageWrok”
            assumed-without-reason       | notice-2099-test-base.yml: windows.payment.reason 必填（assumed: true 时须写明理由）
            window-year-slip             | notice-2099-test-base.yml: windows.payment.start 的年份 2098 与通知年度 2099 不符
            date-without-time            | notice-2099-test-base.yml: windows.declaration.end 取值“2099-08-30”无效：须为带时刻的 ISO 本地日期时间
            payment-missing              | notice-2099-test-base.yml: windows.payment.end 必填（职称评审须有缴费截止时间
            social-insurance-not-positive | notice-2099-test-base.yml: socialInsurance.minMonths 须为正整数
            since-title-bad-section      | notice-2099-test-base.yml: specialPolicies[since-title].sections “patents”无效：可用：achievements, awards, intellectualProperty, books, papers
            duplicate-key                | notice-2099-test-base.yml: 第 4 行字段重复：Duplicate field 'year'
            yaml-syntax                  | notice-2099-test-base.yml: 第
            """)
    void brokenCopyStopsTheLoadNamingFileFieldAndRule(String brokenCase, String expected) throws Exception {
        Path directory = fixture("notices-broken/" + brokenCase);

        NoticeConfigurationException e = catchThrowableOfType(NoticeConfigurationException.class,
                () -> loader.loadDirectory(directory));

        assertThat(e).as("%s must not load", brokenCase).isNotNull();
        assertThat(e.problems()).anySatisfy(problem -> assertThat(problem)
                .startsWith(directory.toString())
                .contains(expected));
        assertThat(e.getMessage()).contains(expected);
    }

    @Test
    void brokenYamlIsReportedAsSyntaxErrorWithItsLine() throws Exception {
        Path directory = fixture("notices-broken/yaml-syntax");

        NoticeConfigurationException e = catchThrowableOfType(NoticeConfigurationException.class,
                () -> loader.loadDirectory(directory));

        assertThat(e.getMessage()).containsPattern("notice-2099-test-base.yml: 第 \\d+ 行 YAML 语法错误");
    }

    @Test
    void unknownKeyMessageListsTheKnownKeys() throws Exception {
        NoticeConfigurationException e = catchThrowableOfType(NoticeConfigurationException.class,
                () -> loader.loadDirectory(fixture("notices-broken/unknown-key")));

        assertThat(e.getMessage()).contains("可用字段：").contains("windows").contains("submission");
    }

    @Test
    void everyProblemOfAFileIsListedAtOnce() {
        NoticeDefinition base = NoticeFixtures.notice("notice-2024-akesu-coal");
        NoticeDefinition broken = new NoticeDefinition(base.id(), base.year(), " ", base.documentNo(),
                base.issuedOn(), base.source(), base.issuer(), base.area(), base.flow(), base.zone(), base.committees(),
                base.scope(), base.initialDetermination(), base.windows(),
                new NoticeDefinition.Submission(3, java.util.List.of(), base.submission().declarationEndRequires(),
                        base.submission().lateFixOutcome(), base.submission().afterLimitOutcome(), null, null, null,
                        null, null),
                null, base.defense(), base.continuingEducation(), base.assessment(), base.putonghua(),
                base.socialInsurance(), base.workSummary(), base.academicRequirements(), base.form(), base.materials(),
                base.paperMaterials(), base.publicity(), null, base.fraudBan(), base.seniorityCutoff(),
                base.exclusions(), base.texts(), base.specialPolicies(), base.slips());

        var problems = new NoticeValidator().validate("x.yml", "notice-2024-akesu-coal", broken);

        assertThat(problems).containsExactlyInAnyOrder(
                "x.yml: title 必填",
                "x.yml: submission.fixWindows 只有 0 个，少于 submission.limit - 1 = 2 个（每次退回须有修改时限）",
                "x.yml: fees 必填",
                "x.yml: vote 必填");
    }

    @Test
    void externalDirectoryThatDoesNotExistStopsTheStart() {
        NoticeConfigurationException e = catchThrowableOfType(NoticeConfigurationException.class,
                () -> loader.load(new org.springframework.core.io.support.PathMatchingResourcePatternResolver(),
                        "/nonexistent/notices"));

        assertThat(e.getMessage()).contains("titlereview.notices.location: 目录“/nonexistent/notices”不存在");
    }
}
