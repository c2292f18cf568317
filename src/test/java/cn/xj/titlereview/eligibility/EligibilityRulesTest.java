package cn.xj.titlereview.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import cn.xj.titlereview.declaration.Accomplishment;
import cn.xj.titlereview.declaration.AssessmentRating;
import cn.xj.titlereview.declaration.Award;
import cn.xj.titlereview.declaration.EducationLevel;
import cn.xj.titlereview.declaration.IntellectualProperty;
import cn.xj.titlereview.declaration.Paper;
import cn.xj.titlereview.declaration.PrivateTrackGroup;
import cn.xj.titlereview.declaration.PutonghuaLevel;
import cn.xj.titlereview.declaration.SkilledQualification;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.LoadedNotice;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeLoader;
import cn.xj.titlereview.notice.UnitLevel;

/**
 * Every condition of DESIGN.md §6 against the real notice files and decision tables: for each, a
 * declaration that meets it (no problem of that rule) and one that does not (the problem, its clause
 * and whether a revision can fix it).
 */
class EligibilityRulesTest {

    static final Map<String, NoticeDefinition> NOTICES = new NoticeLoader()
            .load(new PathMatchingResourcePatternResolver(), null).stream()
            .map(LoadedNotice::definition).collect(Collectors.toMap(NoticeDefinition::id, Function.identity()));

    static final String SENIOR = "notice-2024-xj-senior-five-series";
    static final String NONFERROUS = "notice-2021-xj-nonferrous";
    static final String AKESU = "notice-2024-akesu-coal";
    static final String HAMI = "notice-2023-hami-all-series";
    static final String HEJING = "notice-2024-hejing-initial-junior";

    static Declaration senior() {
        Declaration d = Declaration.of(SENIOR, "有色金属", Level.SENIOR_FULL, 2024)
                .title("高级工程师", Level.SENIOR_DEPUTY, LocalDate.of(2017, 12, 1));
        return d;
    }

    static Declaration nonferrous() {
        Declaration d = Declaration.of(NONFERROUS, "有色金属", Level.SENIOR_DEPUTY, 2021);
        d.workSummary = "本".repeat(2500);
        return d;
    }

    static Declaration akesu() {
        Declaration d = Declaration.of(AKESU, "煤炭", Level.SENIOR_DEPUTY, 2024);
        d.employerUnitCode = "652900001";
        d.unitLevel = UnitLevel.PREFECTURE;
        return d;
    }

    static Declaration hami() {
        Declaration d = Declaration.of(HAMI, "记者", Level.INTERMEDIATE, 2023)
                .title("助理记者", Level.ASSISTANT, LocalDate.of(2018, 9, 1));
        d.series = "新闻系列";
        d.employerUnitCode = "650500001";
        d.unitLevel = UnitLevel.PREFECTURE;
        return d;
    }

    static Declaration hejing() {
        Declaration d = Declaration.of(HEJING, "建筑", Level.ASSISTANT, 2024).noTitle();
        d.employerUnitCode = "652827001";
        d.unitLevel = UnitLevel.COUNTY;
        d.graduated = LocalDate.of(2023, 7, 1);
        d.professionStart = LocalDate.of(2023, 7, 15);
        d.firstApplication = true;
        return d;
    }

    static final Set<String> ALL_MATERIALS = NOTICES.values().stream().flatMap(n -> n.materials().stream())
            .map(NoticeDefinition.Material::id).collect(Collectors.toSet());

    static EligibilityReport check(Declaration d) {
        return check(d, ALL_MATERIALS, Optional.empty(), DmnFiles.decisions());
    }

    static EligibilityReport check(Declaration d, Set<String> uploaded, Optional<EligibilityRules.ActiveBan> ban,
                                   EligibilityDecisions decisions) {
        NoticeDefinition notice = NOTICES.get(d.noticeId);
        LocalDate today = notice.declaration().orElseThrow().start().toLocalDate().plusDays(3);
        return EligibilityRules.check(new EligibilityRules.Input("T-1", notice, d.content(), uploaded, today, ban,
                Optional.of("乌鲁木齐某有色金属设计院")), decisions);
    }

    static List<EligibilityProblem> of(EligibilityReport report, String rule) {
        return report.problems().stream().filter(p -> p.rule().equals(rule)).toList();
    }

    @Test
    void aDeclarationMeetingEveryConditionOfEachNoticeHasNoProblem() {
        for (Declaration d : List.of(senior(), nonferrous(), akesu(), hami(), hejing())) {
            EligibilityReport report = check(d);
            assertThat(report.problems()).as(d.noticeId).isEmpty();
            assertThat(report.eligible()).isTrue();
            assertThat(report.submittable()).isTrue();
            assertThat(report.materials()).as(d.noticeId).isNotEmpty().allMatch(EligibilityReport.MaterialStatus::uploaded);
        }
    }

    @Nested
    class Scope {
        @Test
        void aSeriesTheNoticeDoesNotEvaluateIsFinal() {
            Declaration d = hami();
            d.series = "卫生系列";
            EligibilityProblem p = of(check(d), "申报范围").get(0);
            assertThat(p.fixable()).isFalse();
            assertThat(p.message()).contains("本通知不受理卫生系列");
            assertThat(p.clause()).isEqualTo(NOTICES.get(HAMI).scope().clause());
        }

        @Test
        void anExcludedSpecialtyIsFinal() {
            Declaration d = senior();
            d.series = "经济系列";
            d.specialty = "知识产权";
            assertThat(of(check(d), "申报范围")).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("specialty");
                assertThat(p.fixable()).isFalse();
            });
        }

        @Test
        void aLevelAdmittedOnlyUnderAConditionIsRefusedWhenItDoesNotHold() {
            Declaration city = hami().noTitle();
            city.level = Level.ASSISTANT;
            assertThat(of(check(city), "申报范围")).isEmpty();

            Declaration county = hami().noTitle();
            county.level = Level.ASSISTANT;
            county.unitLevel = UnitLevel.COUNTY;
            assertThat(of(check(county), "申报范围")).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("不受理助理级"));
        }
    }

    @Nested
    class Exclusions {
        @Test
        void retiredStaffAreRefusedWhereTheNoticeSaysSo() {
            Declaration d = hami();
            d.retired = true;
            EligibilityReport report = check(d);
            assertThat(report.eligible()).isFalse();
            assertThat(report.finalProblems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("situation.retired");
                assertThat(p.message()).isEqualTo("离退休人员不得申报");
                assertThat(p.clause()).isEqualTo("第三条第（二）款");
            });
            // the senior notice lists no exclusion: the answer is not asked there
            Declaration senior = senior();
            senior.retired = null;
            assertThat(check(senior).problems()).isEmpty();
        }

        @Test
        void anUnansweredExclusionQuestionIsFixable() {
            Declaration d = hami();
            d.civilServant = null;
            d.referenceCivilServant = true;
            EligibilityReport report = check(d);
            assertThat(report.problems()).extracting(EligibilityProblem::field, EligibilityProblem::fixable)
                    .contains(org.assertj.core.groups.Tuple.tuple("situation.civilServant", true),
                            org.assertj.core.groups.Tuple.tuple("situation.referenceCivilServant", false));
        }

        @Test
        void aDisciplinePeriodStillRunningIsFinalAndOneThatEndedIsNot() {
            Declaration running = nonferrous();
            running.underDiscipline = true;
            running.disciplineEndsOn = LocalDate.of(2022, 3, 1);
            assertThat(of(check(running), "不得申报")).singleElement().satisfies(p -> {
                assertThat(p.message()).contains("处分期至2022-03-01");
                assertThat(p.fixable()).isFalse();
            });

            Declaration ended = nonferrous();
            ended.underDiscipline = true;
            ended.disciplineEndsOn = LocalDate.of(2020, 3, 1);
            assertThat(check(ended).problems()).isEmpty();

            Declaration undated = nonferrous();
            undated.underDiscipline = true;
            assertThat(check(undated).problems()).singleElement()
                    .satisfies(p -> assertThat(p.field()).isEqualTo("situation.disciplineEndsOn"));
        }

        @Test
        void aCriminalPenaltyPeriodBarsTheInitialDetermination() {
            Declaration d = hejing();
            d.underCriminalPenalty = true;
            d.criminalPenaltyEndsOn = LocalDate.of(2026, 1, 1);
            assertThat(check(d).finalProblems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("刑事处罚期至2026-01-01"));
        }

        @Test
        void aBanInForceIsFinal() {
            EligibilityReport report = check(akesu(), ALL_MATERIALS, Optional.of(new EligibilityRules.ActiveBan(
                    LocalDate.of(2026, 12, 31), true, "申报材料弄虚作假", "阿人社发〔2023〕9号")), DmnFiles.decisions());
            assertThat(report.finalProblems()).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo("禁报期");
                assertThat(p.message()).contains("2026-12-31前不得申报", "黑名单", "阿人社发〔2023〕9号");
                assertThat(p.clause()).isEqualTo(NOTICES.get(AKESU).fraudBan().clause());
            });
        }

        @Test
        void anExamBasedSpecialtyIsNotDeterminedWhereTheNoticeExcludesIt() {
            EligibilityDecisions examBased = new DelegatingDecisions(DmnFiles.decisions()) {
                @Override
                public Optional<String> examBased(String series, String specialty, Level level) {
                    return Optional.of("以考代评（测试）");
                }
            };
            EligibilityReport hejing = check(hejing(), ALL_MATERIALS, Optional.empty(), examBased);
            assertThat(of(hejing, "以考代评")).singleElement().satisfies(p -> {
                assertThat(p.fixable()).isFalse();
                assertThat(p.clause()).isEqualTo("以考代评（测试）");
            });
            // the senior notice has no such exclusion
            assertThat(of(check(senior(), ALL_MATERIALS, Optional.empty(), examBased), "以考代评")).isEmpty();
        }
    }

    @Nested
    class Seniority {
        @Test
        void yearsInTheCurrentTitleAreCountedToTheCutOff() {
            Declaration enough = nonferrous().title("工程师", Level.INTERMEDIATE, LocalDate.of(2016, 10, 20));
            assertThat(of(check(enough), "任职年限")).isEmpty();

            Declaration short1 = nonferrous().title("工程师", Level.INTERMEDIATE, LocalDate.of(2016, 10, 21));
            assertThat(of(check(short1), "任职年限")).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("取得现职称至2021-10-20仅4年11个月，申报副高级须满5年");
                assertThat(p.fixable()).isFalse();
                assertThat(p.clause()).contains("人社部发〔2019〕16号");
            });
        }

        @Test
        void theRequiredTitleLevelMustBeHeld() {
            Declaration d = nonferrous().title("助理工程师", Level.ASSISTANT, LocalDate.of(2010, 1, 1));
            assertThat(of(check(d), "任职资格")).singleElement()
                    .satisfies(p -> assertThat(p.message()).isEqualTo("申报副高级须已取得中级职称"));
        }

        @Test
        void educationBelowWhatTheLevelRequiresIsFinal() {
            Declaration d = senior();
            d.education = EducationLevel.JUNIOR_COLLEGE;
            assertThat(of(check(d), "学历条件")).singleElement()
                    .satisfies(p -> assertThat(p.message()).isEqualTo("申报正高级须具备大学本科及以上学历"));
        }

        @Test
        void barkolAndYiwuGraduatesApplyOneYearEarly() {
            Declaration hamiCity = hami().title("助理记者", Level.ASSISTANT, LocalDate.of(2020, 6, 1));
            hamiCity.firstApplication = true;
            assertThat(of(check(hamiCity), "任职年限")).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("至2023-10-11仅3年4个月", "须满4年"));

            Declaration barkol = hami().title("助理记者", Level.ASSISTANT, LocalDate.of(2020, 6, 1));
            barkol.firstApplication = true;
            barkol.employerUnitCode = "650521001";
            barkol.unitLevel = UnitLevel.COUNTY;
            assertThat(of(check(barkol), "任职年限")).isEmpty();
        }

        @Test
        void skilledWorkersQualifyByTheirQualificationAndYears() {
            Declaration technician = akesu().noTitle();
            technician.level = Level.INTERMEDIATE;
            technician.education = EducationLevel.HIGH_SCHOOL;
            technician.skilledWorker = true;
            technician.skilledQualification = SkilledQualification.TECHNICIAN;
            technician.skilledQualificationOn = LocalDate.of(2021, 6, 1);
            assertThat(check(technician).problems()).isEmpty();

            Declaration worker = akesu().noTitle();
            worker.level = Level.INTERMEDIATE;
            worker.skilledWorker = true;
            worker.skilledQualification = SkilledQualification.SENIOR_WORKER;
            worker.skilledQualificationOn = LocalDate.of(2023, 6, 1);
            assertThat(of(check(worker), "高技能人才贯通")).extracting(EligibilityProblem::message)
                    .containsExactlyInAnyOrder("申报中级须取得技师职业资格（现为高级工）",
                            "取得技师职业资格至2024-12-31仅1年6个月，须满3年");

            Declaration unfilled = akesu().noTitle();
            unfilled.skilledWorker = true;
            assertThat(check(unfilled).problems()).extracting(EligibilityProblem::field)
                    .contains("situation.skilledQualification", "situation.skilledQualificationOn");
        }

        @Test
        void initialDeterminationCountsWorkYearsByEducation() {
            assertThat(check(hejing()).problems()).isEmpty();

            Declaration tooSoon = hejing();
            tooSoon.professionStart = LocalDate.of(2024, 1, 1);
            assertThat(of(check(tooSoon), "初定条件")).singleElement()
                    .satisfies(p -> assertThat(p.message()).isEqualTo("本科毕业须从事专业技术工作满1年，至2024-10-30仅9个月"));

            Declaration college = hejing();
            college.education = EducationLevel.JUNIOR_COLLEGE;
            college.graduated = LocalDate.of(2021, 7, 1);
            college.professionStart = LocalDate.of(2023, 1, 1);
            assertThat(of(check(college), "初定条件")).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("大专毕业须从事专业技术工作满2年"));

            Declaration partTime = hejing();
            partTime.fullTime = false;
            assertThat(of(check(partTime), "初定条件")).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("全日制"));

            Declaration highSchool = hejing();
            highSchool.education = EducationLevel.HIGH_SCHOOL;
            assertThat(of(check(highSchool), "初定条件")).singleElement()
                    .satisfies(p -> assertThat(p.message()).startsWith("初定的学历须为中专、大专、本科"));
        }
    }

    @Nested
    class ContinuingEducationAndAssessments {
        @Test
        void aMissingYearIsFixableAndTooFewHoursAreFinal() {
            EligibilityReport missing = check(senior().withoutContinuingEducation(2022));
            assertThat(missing.problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("缺少2022年度继续教育学时（须填写公需科目和专业科目）");
                assertThat(p.fixable()).isTrue();
            });

            EligibilityReport few = check(akesu().continuingEducation(2022, 20, 50));
            assertThat(few.finalProblems()).extracting(EligibilityProblem::message)
                    .containsExactlyInAnyOrder("2022年度专业科目50学时，须至少60学时", "2022年度共70学时，须至少90学时");
        }

        @Test
        void theYearsDependOnEducationForTheInitialDetermination() {
            Declaration college = hejing().withoutContinuingEducation(2023);
            assertThat(of(check(college), "继续教育")).isEmpty();   // 本科: only 2024
            college.education = EducationLevel.JUNIOR_COLLEGE;
            college.graduated = LocalDate.of(2021, 7, 1);
            college.professionStart = LocalDate.of(2021, 8, 1);
            assertThat(of(check(college), "继续教育")).singleElement()
                    .satisfies(p -> assertThat(p.message()).startsWith("缺少2023年度"));
        }

        @Test
        void villageWorkIsExemptAndThenNeedsTheExemptionForm() {
            Declaration d = senior().withoutContinuingEducation(2021).withoutContinuingEducation(2022);
            d.villageWork = true;
            Set<String> uploaded = new HashSet<>(ALL_MATERIALS);
            uploaded.remove("continuing-education-exemption");
            EligibilityReport report = check(d, uploaded, Optional.empty(), DmnFiles.decisions());
            assertThat(of(report, "继续教育")).isEmpty();
            assertThat(report.problems()).extracting(EligibilityProblem::field)
                    .containsExactly("attachments.continuing-education-exemption");
        }

        @Test
        void assessmentsOfTheNoticeYearsAreRequiredAtTheMinimumRating() {
            EligibilityReport missing = check(nonferrous().assessment(2019, null));
            assertThat(missing.problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("缺少2019年度考核结果");
                assertThat(p.fixable()).isTrue();
            });
            EligibilityReport basic = check(akesu().assessment(2022, AssessmentRating.BASICALLY_QUALIFIED));
            assertThat(basic.finalProblems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).isEqualTo("2022年度考核为基本合格，须合格及以上"));
            // no minimum in the nonferrous notice: presence is enough
            assertThat(check(nonferrous().assessment(2019, AssessmentRating.BASICALLY_QUALIFIED)).problems()).isEmpty();
        }
    }

    @Nested
    class PutonghuaExamSummaryMaterials {
        @Test
        void putonghuaIsRequiredOfPublicInstitutionStaffInAkesu() {
            Declaration none = akesu();
            none.putonghua = PutonghuaLevel.NONE;
            assertThat(of(check(none), "普通话")).singleElement().satisfies(p -> assertThat(p.fixable()).isFalse());

            Declaration thirdB = akesu();
            thirdB.putonghua = PutonghuaLevel.THIRD_B;
            assertThat(of(check(thirdB), "普通话")).isEmpty();

            Declaration privateStaff = akesu();
            privateStaff.putonghua = PutonghuaLevel.NONE;
            privateStaff.employerType = EmployerType.PRIVATE;
            assertThat(of(check(privateStaff), "普通话")).isEmpty();
        }

        @Test
        void onlyWorkSinceTheCurrentTitleCountsWhereTheNoticeSaysSo() {
            // non-ferrous 2021: title obtained 2012-12-01; every section counts
            Declaration before = nonferrous();
            before.papers.add(new Paper("早期论文", "有色金属", LocalDate.of(2011, 5, 1), "第一作者"));
            before.achievements.add(new Accomplishment("早期项目", LocalDate.of(2010, 1, 1), LocalDate.of(2012, 6, 30),
                    "负责人", "无"));
            before.papers.add(new Paper("近期论文", "有色金属", LocalDate.of(2019, 5, 1), "第一作者"));
            assertThat(of(check(before), "任现职以来")).extracting(EligibilityProblem::field)
                    .containsExactlyInAnyOrder("papers[0]", "achievements[0]");
            assertThat(of(check(before), "任现职以来")).allSatisfy(p -> {
                assertThat(p.fixable()).isTrue();
                assertThat(p.clause()).isEqualTo("第七条第（三）款");
                assertThat(p.message()).contains("早于取得现职称（2012-12-01）");
            });

            // an achievement that began before the title but ended after it counts
            Declaration spanning = nonferrous();
            spanning.achievements.add(new Accomplishment("跨期项目", LocalDate.of(2011, 1, 1), LocalDate.of(2014, 6, 30),
                    "负责人", "无"));
            spanning.awards.add(new Award("科技进步奖", "某协会", LocalDate.of(2015, 3, 1)));
            assertThat(of(check(spanning), "任现职以来")).isEmpty();

            // Akesu 2024: intellectual property and books only; an older paper is not its concern
            Declaration akesu = akesu();
            akesu.intellectualProperty.add(new IntellectualProperty("选煤装置", "实用新型专利", "ZL2010", LocalDate.of(2010, 3, 1)));
            akesu.papers.add(new Paper("早期论文", "煤炭工程", LocalDate.of(2011, 5, 1), "第一作者"));
            assertThat(of(check(akesu), "任现职以来")).extracting(EligibilityProblem::field)
                    .containsExactly("intellectualProperty[0]");
        }

        @Test
        void aidXinjiangStaffArePostedAYearStillPostedAndArrivedBeforeJuneFirst() {
            // senior 2024: declaration opens 2024-08-23, the check runs three days later
            Declaration posted = senior();
            posted.aidXinjiang = true;
            posted.aidPostingFrom = LocalDate.of(2024, 3, 1);
            posted.aidPostingTo = LocalDate.of(2025, 8, 31);
            assertThat(check(posted).problems()).extracting(EligibilityProblem::rule)
                    .doesNotContain("援派期", "援疆期间", "报到日期", "必填");

            Declaration unanswered = senior();
            unanswered.aidXinjiang = true;
            assertThat(of(check(unanswered), "必填")).extracting(EligibilityProblem::field, EligibilityProblem::fixable)
                    .contains(tuple("situation.aidPostingFrom", true));

            Declaration late = senior();
            late.aidXinjiang = true;
            late.aidPostingFrom = LocalDate.of(2024, 6, 1);
            late.aidPostingTo = LocalDate.of(2024, 11, 30);
            EligibilityReport report = check(late);
            assertThat(of(report, "报到日期")).singleElement().satisfies(p -> {
                assertThat(p.fixable()).isFalse();
                assertThat(p.message()).contains("2024-06-01前报到");
                assertThat(p.clause()).isEqualTo("第四条第（五）款");
            });
            assertThat(of(report, "援派期")).singleElement().satisfies(p -> assertThat(p.message()).contains("须满1年"));

            Declaration over = senior();
            over.aidXinjiang = true;
            over.aidPostingFrom = LocalDate.of(2022, 3, 1);
            over.aidPostingTo = LocalDate.of(2024, 2, 28);
            assertThat(of(check(over), "援疆期间")).singleElement().satisfies(p -> assertThat(p.fixable()).isFalse());

            // non-ferrous 2021 sets no arrival date
            Declaration nonferrous = nonferrous();
            nonferrous.aidXinjiang = true;
            nonferrous.aidPostingFrom = LocalDate.of(2021, 7, 1);
            nonferrous.aidPostingTo = LocalDate.of(2023, 6, 30);
            assertThat(check(nonferrous).problems()).extracting(EligibilityProblem::rule)
                    .doesNotContain("援派期", "援疆期间", "报到日期");
        }

        @Test
        void privateStaffInAkesuBelongToOneGroupOfTheTrackAndPostedStaffServeAYear() {
            // Akesu 2024: the check runs on 2024-07-25
            Declaration registered = akesu();
            registered.employerType = EmployerType.PRIVATE;
            registered.privateTrackGroup = PrivateTrackGroup.REGISTERED_IN_AREA;
            assertThat(check(registered).problems()).extracting(EligibilityProblem::field)
                    .doesNotContain("situation.privateTrackGroup", "situation.postedInAreaSince");

            Declaration unanswered = akesu();
            unanswered.employerType = EmployerType.FREELANCE;
            assertThat(check(unanswered).problems()).filteredOn(p -> p.field().equals("situation.privateTrackGroup"))
                    .singleElement().satisfies(p -> {
                        assertThat(p.fixable()).isTrue();
                        assertThat(p.message()).contains("档案在地区人事代理机构托管");
                    });

            Declaration outside = akesu();
            outside.employerType = EmployerType.PRIVATE;
            outside.privateTrackGroup = PrivateTrackGroup.NONE;
            assertThat(of(check(outside), "申报范围")).singleElement().satisfies(p -> {
                assertThat(p.fixable()).isFalse();
                assertThat(p.clause()).contains("第一条第（二）款");
            });

            Declaration postedLately = akesu();
            postedLately.employerType = EmployerType.PRIVATE;
            postedLately.privateTrackGroup = PrivateTrackGroup.POSTED_FROM_OUTSIDE;
            postedLately.postedInAreaSince = LocalDate.of(2023, 9, 1);
            assertThat(of(check(postedLately), "派驻年限")).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("满1年"));

            Declaration postedLongEnough = akesu();
            postedLongEnough.employerType = EmployerType.PRIVATE;
            postedLongEnough.privateTrackGroup = PrivateTrackGroup.POSTED_FROM_OUTSIDE;
            postedLongEnough.postedInAreaSince = LocalDate.of(2023, 3, 1);
            assertThat(of(check(postedLongEnough), "派驻年限")).isEmpty();

            Declaration publicStaff = akesu();
            assertThat(check(publicStaff).problems()).extracting(EligibilityProblem::field)
                    .as("public institutions are not asked").doesNotContain("situation.privateTrackGroup");
        }

        @Test
        void enterpriseStaffInHejingNeedSixMonthsOfSocialInsurance() {
            Declaration fiveMonths = hejing();
            fiveMonths.employerType = EmployerType.PRIVATE;
            fiveMonths.socialInsuranceMonths = 5;
            assertThat(of(check(fiveMonths), "社会保险")).singleElement().satisfies(p -> {
                assertThat(p.fixable()).isFalse();
                assertThat(p.field()).isEqualTo("socialInsuranceMonths");
                assertThat(p.message()).contains("满6个月").contains("现5个月");
                assertThat(p.clause()).contains("第六条");
            });

            Declaration sixMonths = hejing();
            sixMonths.employerType = EmployerType.STATE_ENTERPRISE;
            sixMonths.socialInsuranceMonths = 6;
            assertThat(of(check(sixMonths), "社会保险")).isEmpty();

            Declaration teacher = hejing();
            teacher.socialInsuranceMonths = 0;
            assertThat(of(check(teacher), "社会保险")).as("public institutions are not asked").isEmpty();
        }

        @Test
        void theSeniorHrManagerExamScoreMustBeGivenPassedAndRecent() {
            Declaration d = senior().title("经济师", Level.INTERMEDIATE, LocalDate.of(2015, 1, 1));
            d.series = "经济系列";
            d.specialty = "人力资源管理";
            d.level = Level.SENIOR_DEPUTY;
            assertThat(check(d).problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("situation.hrExamScore");
                assertThat(p.fixable()).isTrue();
            });
            d.hrExamScore = 72;
            d.hrExamYear = 2023;
            assertThat(check(d).problems()).isEmpty();
            d.hrExamScore = 55;
            assertThat(check(d).finalProblems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("未达到合格标准"));
            d.hrExamScore = 72;
            d.hrExamYear = 2021;
            assertThat(check(d).finalProblems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("3年有效期"));
        }

        @Test
        void theWorkSummaryKeepsToTheNoticeLengthAndLeavesOutTheUnit() {
            Declaration shortOne = nonferrous();
            shortOne.workSummary = "本".repeat(1999);
            assertThat(check(shortOne).problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("工作总结不少于2000字（现1999字）");
                assertThat(p.fixable()).isTrue();
            });
            Declaration named = senior();
            named.workSummary = "在乌鲁木齐某有色金属设计院主持设计。";
            assertThat(check(named).problems()).singleElement()
                    .satisfies(p -> assertThat(p.rule()).isEqualTo("盲评"));
        }

        @Test
        void materialsFollowTheNoticeConditions() {
            Declaration outside = senior();
            outside.titleInXinjiang = false;
            EligibilityReport none = check(outside, Set.of(), Optional.empty(), DmnFiles.decisions());
            assertThat(none.materials()).extracting(EligibilityReport.MaterialStatus::id)
                    .contains("title-qualification-document").doesNotContain("current-title-proof", "hr-exam-score");
            assertThat(none.problems()).allMatch(EligibilityProblem::fixable)
                    .extracting(EligibilityProblem::field).contains("attachments.title-qualification-document");
            assertThat(none.materials()).noneMatch(EligibilityReport.MaterialStatus::uploaded);

            EligibilityReport inside = check(senior(), Set.of(), Optional.empty(), DmnFiles.decisions());
            assertThat(inside.materials()).extracting(EligibilityReport.MaterialStatus::id)
                    .contains("current-title-proof").doesNotContain("title-qualification-document");
            // units' and competent units' materials are not asked of the applicant
            assertThat(check(hejing(), Set.of(), Optional.empty(), DmnFiles.decisions()).materials())
                    .extracting(EligibilityReport.MaterialStatus::id)
                    .contains("integrity-certificate", "work-experience-proof")
                    .doesNotContain("unit-publicity", "competent-recommendation");
        }
    }

    @Nested
    class DeclaredPaths {

        /** 工程师 since 2012 asking for 高级工程师: village work from 2018-03-01 (still posted), 2018–2020 rated 优秀. */
        Declaration directRecognition() {
            Declaration d = nonferrous().directRecognition(LocalDate.of(2018, 3, 1), null)
                    .assessment(2018, AssessmentRating.EXCELLENT).assessment(2019, AssessmentRating.EXCELLENT)
                    .assessment(2020, AssessmentRating.EXCELLENT);
            // the review's years and continuing education no longer count: an 工程师 of one year only
            d.titleObtained = LocalDate.of(2017, 12, 1);
            d.continuingEducation.clear();
            return d;
        }

        @Test
        void directRecognitionMeetingItsConditionsHasNoProblemThoughTheReviewsYearsAndStudyAreMissing() {
            EligibilityReport report = check(directRecognition());
            assertThat(report.problems()).isEmpty();

            Declaration review = directRecognition();
            review.directRecognition = false;
            review.titleObtained = LocalDate.of(2019, 12, 1);
            assertThat(check(review).problems()).extracting(EligibilityProblem::rule).contains("任职年限");
        }

        @Test
        void theDecisionTableSaysWhichConditionsAreUnmetWithTheNoticesClauseAndNoRevisionFixesThem() {
            Declaration d = directRecognition().assessment(2019, AssessmentRating.QUALIFIED);
            d.villageWorkTo = LocalDate.of(2020, 12, 31);

            List<EligibilityProblem> problems = of(check(d), "直接认定条件");

            assertThat(problems).extracting(EligibilityProblem::field, EligibilityProblem::clause,
                    EligibilityProblem::fixable).containsExactlyInAnyOrder(
                    tuple("situation.villageWorkFrom", "第六条第（二）款", false),
                    tuple("annualAssessments", "第六条第（二）款", false));
            assertThat(problems).extracting(EligibilityProblem::message).anySatisfy(m -> assertThat(m)
                    .contains("驻村等基层服务工作2年，不满三年", "自2018-03-01至2020-12-31"))
                    .anySatisfy(m -> assertThat(m).contains("连续优秀1年", "2018年、2019年、2020年"));
        }

        @Test
        void yearsCountFromTheCurrentTitleOnly() {
            Declaration d = directRecognition();
            d.titleObtained = LocalDate.of(2019, 1, 10);

            assertThat(of(check(d), "直接认定条件")).extracting(EligibilityProblem::message)
                    .anySatisfy(m -> assertThat(m).contains("2年，不满三年", "自2019-01-10至2021-10-20"));
        }

        @Test
        void aRatingMissingForAYearOfThePostingAndTheStartDateAreFixable() {
            Declaration missing = directRecognition();
            missing.assessments.removeIf(a -> a.year() == 2019);
            assertThat(check(missing).problems()).extracting(EligibilityProblem::field, EligibilityProblem::rule,
                    EligibilityProblem::fixable).contains(tuple("annualAssessments", "年度考核", true))
                    .doesNotContain(tuple("annualAssessments", "直接认定条件", false));

            Declaration undated = directRecognition();
            undated.villageWorkFrom = null;
            assertThat(check(undated).problems()).extracting(EligibilityProblem::field, EligibilityProblem::fixable)
                    .containsExactly(tuple("situation.villageWorkFrom", true));
        }

        @Test
        void onlyTheNextLevelIsRecognised() {
            Declaration d = directRecognition().title("助理工程师", Level.ASSISTANT, LocalDate.of(2017, 12, 1));
            assertThat(check(d).problems()).extracting(EligibilityProblem::field, EligibilityProblem::rule,
                    EligibilityProblem::message).containsExactly(tuple("level", "申报途径",
                    "直接认定只认定现专业的高一级职称：现职称为助理级，申报级别应为中级，而不是副高级"));
        }

        @Test
        void aSpecialtyFilledByExamIsNotRecognisedDirectly() {
            Declaration d = directRecognition();
            EligibilityDecisions examFilled = new DelegatingDecisions(DmnFiles.decisions()) {
                @Override
                public Optional<String> examBased(String series, String specialty, Level level) {
                    return Optional.of("人社部发〔2019〕8号");
                }
            };
            EligibilityReport report = check(d, ALL_MATERIALS, Optional.empty(), examFilled);
            assertThat(of(report, "直接认定条件")).extracting(EligibilityProblem::field, EligibilityProblem::message)
                    .containsExactly(tuple("specialty", "工程系列有色金属：以考代评的专业不适用直接认定"));
        }

        @Test
        void exclusionsAndBansStillApplyToDirectRecognition() {
            Declaration d = directRecognition();
            d.retired = true;
            assertThat(check(d).finalProblems()).extracting(EligibilityProblem::field)
                    .containsExactly("situation.retired");
            assertThat(check(directRecognition(), Set.of(), Optional.empty(), DmnFiles.decisions()).problems())
                    .extracting(EligibilityProblem::rule).contains("必传材料");
        }

        @Test
        void aLetterToAnotherCommitteeIsForASpecialtyTheNoticeDoesNotEvaluate() {
            Declaration outside = hami();
            outside.series = "工程系列";
            outside.specialty = "有色金属";
            outside.delegatedTo("650201");
            assertThat(delegated(outside, true).problems()).isEmpty();
            assertThat(check(outside).problems()).extracting(EligibilityProblem::field).contains("specialty");

            Declaration inside = hami().delegatedTo("650201");
            assertThat(delegated(inside, true).problems()).extracting(EligibilityProblem::field,
                    EligibilityProblem::clause, EligibilityProblem::fixable)
                    .containsExactly(tuple("situation.delegatedToCommittee", "第四条第（三）款", true));

            Declaration unnamed = hami().delegatedTo(null);
            assertThat(check(unnamed).problems()).extracting(EligibilityProblem::field, EligibilityProblem::rule)
                    .containsExactly(tuple("situation.delegatedToCommittee", "必填"));
            assertThat(check(unnamed, Set.of(), Optional.empty(), DmnFiles.decisions()).materials())
                    .extracting(EligibilityReport.MaterialStatus::id).contains("delegation-letter");
        }

        EligibilityReport delegated(Declaration d, boolean outbound) {
            NoticeDefinition notice = NOTICES.get(d.noticeId);
            LocalDate today = notice.declaration().orElseThrow().start().toLocalDate().plusDays(3);
            return EligibilityRules.check(new EligibilityRules.Input("T-1", notice, d.content(), ALL_MATERIALS, today,
                    Optional.empty(), Optional.empty(), new EligibilityRules.Delegation(outbound, "自治区工程系列有色金属专业评审委员会")),
                    DmnFiles.decisions());
        }
    }

    /** Decisions from the tables, one of which a test overrides. */
    static class DelegatingDecisions implements EligibilityDecisions {
        private final EligibilityDecisions tables;

        DelegatingDecisions(EligibilityDecisions tables) {
            this.tables = tables;
        }

        @Override
        public Seniority seniority(Level level, String education) {
            return tables.seniority(level, education);
        }

        @Override
        public Optional<String> examBased(String series, String specialty, Level level) {
            return tables.examBased(series, specialty, level);
        }

        @Override
        public ExamVerdict hrExam(int score, int yearsSinceExam) {
            return tables.hrExam(score, yearsSinceExam);
        }

        @Override
        public java.util.List<DirectRecognitionVerdict> directRecognition(Level currentLevel, int villageWorkYears,
                                                                          int excellentYears, boolean examFilled) {
            return tables.directRecognition(currentLevel, villageWorkYears, excellentYears, examFilled);
        }
    }
}
