package cn.xj.titlereview.notice;

import cn.xj.titlereview.notice.NoticeDefinition.DeclarationEndRequirement;
import cn.xj.titlereview.notice.NoticeDefinition.EarlyApplication;
import cn.xj.titlereview.notice.NoticeDefinition.Material;
import cn.xj.titlereview.notice.NoticeDefinition.ReturnOutcome;
import cn.xj.titlereview.notice.NoticeDefinition.SkilledRoute;
import cn.xj.titlereview.notice.NoticeDefinition.SkilledWorkerPathway;
import cn.xj.titlereview.notice.NoticeDefinition.Slip;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What the five notice files say, checked against the originals in notices-source/. */
class NoticeFilesTest {

    private static NoticeDefinition senior = NoticeFixtures.notice("notice-2024-xj-senior-five-series");
    private static NoticeDefinition nonferrous = NoticeFixtures.notice("notice-2021-xj-nonferrous");
    private static NoticeDefinition akesu = NoticeFixtures.notice("notice-2024-akesu-coal");
    private static NoticeDefinition hami = NoticeFixtures.notice("notice-2023-hami-all-series");
    private static NoticeDefinition hejing = NoticeFixtures.notice("notice-2024-hejing-initial-junior");

    private static Slip slip(NoticeDefinition notice, String field) {
        return notice.slips().stream().filter(s -> s.field().equals(field)).findFirst().orElseThrow();
    }

    private static boolean required(NoticeDefinition notice, String materialId, ApplicationFacts facts) {
        Material material = notice.materials().stream().filter(m -> m.id().equals(materialId)).findFirst().orElseThrow();
        return NoticeCondition.parse(material.when()).test(facts);
    }

    @Test
    void seniorDeclarationStartSlipIsReadAsTheEarlierDateAndRecorded() {
        assertThat(senior.windows().declaration().start()).isEqualTo(LocalDateTime.parse("2024-08-08T00:00:00"));
        assertThat(senior.windows().declaration().end()).isEqualTo(LocalDateTime.parse("2024-10-10T23:59:59"));
        Slip slip = slip(senior, "windows.declaration.start");
        assertThat(slip.original()).contains("8月2308日");
        assertThat(slip.reading()).isEqualTo("2024-08-08");
        assertThat(slip.kind()).isEqualTo(NoticeDefinition.SlipKind.SLIP);
    }

    @Test
    void akesuPaperWindowDatedTwentyTwentyThreeIsReadAsTwentyTwentyFour() {
        assertThat(akesu.windows().paperMaterials().start()).isEqualTo(LocalDateTime.parse("2024-09-15T00:00:00"));
        assertThat(akesu.windows().paperMaterials().original()).contains("2023年9月15日");
        assertThat(slip(akesu, "windows.paperMaterials").reading()).isEqualTo("2024-09-15 至 2024-09-25");
    }

    @Test
    void everyNoticeRecordsTheSlipsAndAmbiguitiesOfItsOriginal() {
        assertThat(List.of(senior, nonferrous, akesu, hami, hejing))
                .allSatisfy(n -> assertThat(n.slips()).isNotEmpty());
    }

    @Test
    void returnRulesFollowEachOriginal() {
        assertThat(List.of(senior, nonferrous, akesu, hami, hejing))
                .extracting(n -> n.submission().limit(), n -> n.submission().fixWindows())
                .containsExactly(
                        tuple(3, List.of(Duration.ofHours(48), Duration.ofHours(24))),
                        tuple(3, List.of(Duration.ofHours(48), Duration.ofHours(48))),
                        tuple(3, List.of(Duration.ofDays(2), Duration.ofDays(2))),
                        tuple(3, List.of(Duration.ofHours(48), Duration.ofHours(48))),
                        tuple(3, List.of(Duration.ofHours(48), Duration.ofHours(48))));
        assertThat(nonferrous.submission().isAssumed()).isTrue();
        assertThat(hami.submission().isAssumed()).isTrue();
        assertThat(akesu.submission().isAssumed()).isFalse();
        assertThat(akesu.submission().lateFixOutcome()).isEqualTo(ReturnOutcome.NOT_ACCEPTED);
        assertThat(senior.submission().lateFixOutcome()).isEqualTo(ReturnOutcome.ABANDONED);
    }

    @Test
    void akesuRequiresTheApplicationAtTheCommitteeByTheDeclarationClose() {
        assertThat(akesu.submission().declarationEndRequires()).isEqualTo(DeclarationEndRequirement.COMMITTEE_RECEIVED);
        assertThat(akesu.windows().declaration().end()).isEqualTo(LocalDateTime.parse("2024-08-30T18:00:00"));
        assertThat(hami.submission().declarationEndRequires()).isEqualTo(DeclarationEndRequirement.UNIT_RECOMMENDED);
        assertThat(senior.submission().declarationEndRequires()).isEqualTo(DeclarationEndRequirement.APPLICANT_SUBMITTED);
    }

    @Test
    void akesuFeesComeFromTheOriginalOthersAreMarkedAssumed() {
        assertThat(akesu.fees().perLevel()).isEqualTo(Map.of(
                Level.SENIOR_DEPUTY, 700, Level.INTERMEDIATE, 400, Level.ASSISTANT, 200));
        assertThat(akesu.fees().isAssumed()).isFalse();
        assertThat(List.of(senior, nonferrous, hami)).allSatisfy(n -> {
            assertThat(n.fees().isAssumed()).isTrue();
            assertThat(n.fees().reason()).isNotBlank();
        });
        assertThat(hejing.fees()).isNull();
    }

    @Test
    void hamiDeclarationHasItsTimesOfDay() {
        assertThat(hami.windows().declaration().start()).isEqualTo(LocalDateTime.parse("2023-09-11T10:00:00"));
        assertThat(hami.windows().declaration().end()).isEqualTo(LocalDateTime.parse("2023-10-11T20:00:00"));
        assertThat(hami.windows().declaration().isAssumed()).isFalse();
        assertThat(hami.windows().committeeMeeting().start()).isEqualTo(LocalDateTime.parse("2023-11-13T00:00:00"));
    }

    @Test
    void hamiLetsBarkolAndYiwuGraduatesApplyOneYearEarly() {
        EarlyApplication early = hami.specialPolicies().stream()
                .filter(EarlyApplication.class::isInstance).map(EarlyApplication.class::cast).findFirst().orElseThrow();
        assertThat(early.regions()).extracting(NoticeDefinition.Area::code, NoticeDefinition.Area::name)
                .containsExactly(tuple("650521", "巴里坤哈萨克自治县"), tuple("650522", "伊吾县"));
        assertThat(early.yearsEarlier()).isEqualTo(1);
        ApplicationFacts barkolGraduate = ApplicationFacts.none().withRegionCode("650521").withUnitLevel(UnitLevel.COUNTY)
                .with(Fact.FULL_TIME_GRADUATE, Fact.FIRST_APPLICATION);
        assertThat(NoticeCondition.parse(early.when()).test(barkolGraduate)).isTrue();
        assertThat(NoticeCondition.parse(early.when()).test(barkolGraduate.withRegionCode("650502"))).isFalse();
    }

    @Test
    void akesuSkilledWorkerPathway() {
        SkilledWorkerPathway pathway = akesu.specialPolicies().stream()
                .filter(SkilledWorkerPathway.class::isInstance).map(SkilledWorkerPathway.class::cast)
                .findFirst().orElseThrow();
        assertThat(pathway.routes()).extracting(SkilledRoute::qualification, SkilledRoute::years, SkilledRoute::level)
                .containsExactly(tuple("高级工", 2, Level.ASSISTANT), tuple("技师", 3, Level.INTERMEDIATE),
                        tuple("高级技师", 4, Level.SENIOR_DEPUTY));
        assertThat(pathway.qualifiedAssessmentYears()).isEqualTo(3);
    }

    @Test
    void hejingContinuingEducationYearsDependOnEducation() {
        var years = hejing.continuingEducation().years();
        ApplicationFacts secondary = ApplicationFacts.none().withEducation(Education.SECONDARY_VOCATIONAL);
        ApplicationFacts bachelor = ApplicationFacts.none().withEducation(Education.BACHELOR);
        assertThat(years.stream().filter(y -> NoticeCondition.parse(y.when()).test(secondary)))
                .singleElement().satisfies(y -> {
                    assertThat(y.publicYears().from()).isEqualTo(2022);
                    assertThat(y.professional().to()).isEqualTo(2024);
                });
        assertThat(years.stream().filter(y -> NoticeCondition.parse(y.when()).test(bachelor)))
                .singleElement().satisfies(y -> assertThat(y.publicYears().from()).isEqualTo(2024));
        assertThat(hejing.initialDetermination().workYearsByEducation()).isEqualTo(Map.of(
                Education.SECONDARY_VOCATIONAL, 3, Education.JUNIOR_COLLEGE, 2, Education.BACHELOR, 1));
        assertThat(hejing.flow()).isEqualTo(NoticeFlow.INITIAL_DETERMINATION);
        assertThat(hejing.vote()).isNull();
        assertThat(hejing.defense()).isNull();
    }

    @Test
    void titlesFromOutsideXinjiangNeedThreeDocumentsInXinjiangOne() {
        ApplicationFacts outside = ApplicationFacts.none().with(Fact.TITLE_OBTAINED_OUTSIDE_XINJIANG);
        ApplicationFacts inside = ApplicationFacts.none();
        for (NoticeDefinition notice : List.of(senior, akesu)) {
            assertThat(required(notice, "current-title-proof", inside)).isTrue();
            assertThat(required(notice, "current-title-proof", outside)).isFalse();
            assertThat(List.of("title-qualification-document", "title-certificate", "title-review-form"))
                    .allSatisfy(id -> assertThat(required(notice, id, outside)).isTrue());
        }
    }

    @Test
    void materialConditionsFollowTheOriginals() {
        ApplicationFacts hrDeputy = ApplicationFacts.none().withSeries("经济系列").withSpecialty("人力资源管理")
                .withLevel(Level.SENIOR_DEPUTY);
        assertThat(required(senior, "hr-exam-score", hrDeputy)).isTrue();
        assertThat(required(senior, "hr-exam-score", hrDeputy.withLevel(Level.SENIOR_FULL))).isFalse();

        ApplicationFacts privateFirstTimer = ApplicationFacts.none().withEmployer(EmployerType.PRIVATE)
                .with(Fact.FIRST_APPLICATION);
        assertThat(required(akesu, "continuing-education-certificates", privateFirstTimer)).isFalse();
        assertThat(required(akesu, "continuing-education-certificates",
                privateFirstTimer.withEmployer(EmployerType.STATE_ENTERPRISE))).isTrue();
        assertThat(required(akesu, "putonghua-certificate",
                ApplicationFacts.none().withEmployer(EmployerType.PUBLIC_INSTITUTION))).isTrue();

        assertThat(required(hejing, "teacher-certificate", ApplicationFacts.none().withSeries("中小学教师系列"))).isTrue();
        assertThat(required(hejing, "teacher-certificate", ApplicationFacts.none().withSeries("工程系列"))).isFalse();
        assertThat(required(hami, "social-insurance-proof",
                ApplicationFacts.none().withEmployer(EmployerType.PRIVATE))).isTrue();
    }

    @Test
    void defenseRulesFollowEachOriginal() {
        assertThat(senior.defense().required()).singleElement()
                .satisfies(r -> assertThat(r.when()).isEqualTo("level in [SENIOR_FULL]"));
        var deputyAtPrefecture = ApplicationFacts.none().withLevel(Level.SENIOR_DEPUTY).withUnitLevel(UnitLevel.PREFECTURE);
        var nonferrousRule = NoticeCondition.parse(nonferrous.defense().required().get(0).when());
        assertThat(nonferrousRule.test(deputyAtPrefecture)).isTrue();
        assertThat(nonferrousRule.test(deputyAtPrefecture.withUnitLevel(UnitLevel.COUNTY))).isFalse();
        assertThat(nonferrous.defense().exemptions()).extracting(NoticeDefinition.Rule::when).containsExactly("villageWork");
    }

    @Test
    void banYearsAndCutOffs() {
        assertThat(nonferrous.fraudBan().personYears()).isEqualTo(5);
        assertThat(nonferrous.fraudBan().unitYears()).isEqualTo(3);
        assertThat(nonferrous.fraudBan().blacklist()).isTrue();
        assertThat(senior.fraudBan().personYears()).isEqualTo(3);
        assertThat(akesu.seniorityCutoff().date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(akesu.seniorityCutoff().isAssumed()).isFalse();
        assertThat(hami.seniorityCutoff().isAssumed()).isTrue();
    }

    @Test
    void voteThresholdsAreTwoThirdsEverywhereExceptInitialDetermination() {
        for (NoticeDefinition notice : List.of(senior, nonferrous, akesu, hami)) {
            assertThat(notice.vote().quorum()).isEqualTo(new Fraction(2, 3));
            assertThat(notice.vote().passRatio().isMetBy(10, 15)).isTrue();
            assertThat(notice.vote().passRatio().isMetBy(9, 15)).isFalse();
        }
    }

    @Test
    void everyAssumedValueSaysWhy() {
        for (LoadedNotice loaded : NoticeFixtures.ALL) {
            NoticeDefinition n = loaded.definition();
            assertThat(n.windows().byName().values())
                    .filteredOn(NoticeDefinition.Window::isAssumed)
                    .allSatisfy(w -> assertThat(w.reason()).isNotBlank());
        }
    }
}
