package cn.xj.titlereview.eligibility;

import static cn.xj.titlereview.eligibility.EligibilityRulesTest.ALL_MATERIALS;
import static cn.xj.titlereview.eligibility.EligibilityRulesTest.HEJING;
import static cn.xj.titlereview.eligibility.EligibilityRulesTest.NOTICES;
import static cn.xj.titlereview.eligibility.EligibilityRulesTest.check;
import static cn.xj.titlereview.eligibility.EligibilityRulesTest.hejing;
import static cn.xj.titlereview.eligibility.EligibilityRulesTest.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.xj.titlereview.declaration.AssessmentRating;
import cn.xj.titlereview.declaration.EducationEntry;
import cn.xj.titlereview.declaration.EducationLevel;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Education;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.NoticeProcessParameters;
import cn.xj.titlereview.notice.UnitLevel;
import cn.xj.titlereview.process.FinalStatus;
import cn.xj.titlereview.review.ReviewLevel;
import cn.xj.titlereview.review.RevisionPolicy;

/**
 * The conditions of the 2024 Hejing initial determination (静人社发〔2024〕8号, 初定初级职称), item by item
 * against the notice file and the real decision tables: for each, a declaration that meets it and one
 * that does not, with the reason the applicant reads. The starting declaration ({@link
 * EligibilityRulesTest#hejing()}) is a full-time 本科 graduate of 2023 working since 2023-07-15 at a
 * Hejing school, who meets every condition.
 */
class HejingInitialJuniorEligibilityTest {

    static EligibilityReport checkHejing(Consumer<Declaration> change) {
        Declaration d = hejing();
        change.accept(d);
        return check(d);
    }

    @Test
    void theStartingDeclarationMeetsEveryCondition() {
        assertThat(check(hejing()).problems()).isEmpty();
    }

    /** 第一条: 在本县企（事）业单位从事专业技术工作的全日制普通大、中专院校毕业生. */
    @Nested
    class WhoMayBeDetermined {
        @Test
        void aPartTimeGraduateIsRefusedAndAFullTimeOneIsNot() {
            assertThat(of(check(hejing()), "初定条件")).isEmpty();

            EligibilityReport partTime = checkHejing(d -> d.fullTime = false);
            assertThat(of(partTime, "初定条件")).singleElement().satisfies(p -> {
                assertThat(p.message()).contains("全日制普通院校毕业生");
                assertThat(p.fixable()).isFalse();
                assertThat(p.clause()).contains("第一条");
            });
        }

        @Test
        void aFullTimeCollegeGraduateWithALaterPartTimeDegreeIsDeterminedOnTheFullTimeOne() {
            // full-time 大专 of 2021, working since 2021-08; a part-time 本科 of 2024 on top
            Consumer<Declaration> collegeThenPartTimeBachelor = d -> {
                d.education = EducationLevel.JUNIOR_COLLEGE;
                d.graduated = LocalDate.of(2021, 7, 1);
                d.professionStart = LocalDate.of(2021, 8, 1);
                d.furtherEducation = new EducationEntry(EducationLevel.BACHELOR, "新疆广播电视大学", "汉语言文学",
                        LocalDate.of(2024, 1, 10), false, "无", "无");
            };
            assertThat(of(checkHejing(collegeThenPartTimeBachelor), "初定条件")).isEmpty();

            // the same with one year of work only: the 大专 rule (2 years) applies, not the 本科 one
            EligibilityReport oneYear = checkHejing(collegeThenPartTimeBachelor.andThen(d -> {
                d.graduated = LocalDate.of(2023, 7, 1);
                d.professionStart = LocalDate.of(2023, 8, 1);
            }));
            assertThat(of(oneYear, "初定条件")).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("professionStartDate");
                assertThat(p.message()).startsWith("大专毕业须从事专业技术工作满2年");
            });
        }

        @Test
        void onlyPartTimeDegreesAreRefused() {
            EligibilityReport partTimeOnly = checkHejing(d -> {
                d.fullTime = false;
                d.furtherEducation = new EducationEntry(EducationLevel.JUNIOR_COLLEGE, "新疆广播电视大学", "会计",
                        LocalDate.of(2019, 1, 10), false, "无", "无");
            });
            assertThat(of(partTimeOnly, "初定条件")).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("均为非全日制"));
        }

        @Test
        void staffOfAUnitOutsideTheCountyAreRefused() {
            EligibilityReport hami = checkHejing(d -> {
                d.employerUnitCode = "650500001";
                d.unitLevel = UnitLevel.PREFECTURE;
            });

            assertThat(of(hami, "初定条件")).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("employerUnitCode");
                assertThat(p.message()).isEqualTo("初定只受理和静县企（事）业单位专业技术人员的申报（用人单位所在地区代码650500）");
                assertThat(p.fixable()).isFalse();
            });
            assertThat(of(checkHejing(d -> d.employerUnitCode = "652827002"), "初定条件")).isEmpty();
        }

        @Test
        void aSpecialtyFilledByTheNationalExamIsRefusedWithThatReason() {
            EligibilityReport software = checkHejing(d -> d.specialty = "计算机技术与软件");
            assertThat(of(software, "以考代评")).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("工程系列计算机技术与软件助理级实行以考代评，取得考试合格证书即具备相应资格，不再初定");
                assertThat(p.clause()).contains("计算机技术与软件专业技术资格");
                assertThat(p.fixable()).isFalse();
            });
            EligibilityReport accounting = checkHejing(d -> {
                d.series = "会计系列";
                d.specialty = "会计";
            });
            assertThat(accounting.finalProblems()).extracting(EligibilityProblem::rule).contains("申报范围", "以考代评");

            assertThat(of(check(hejing()), "以考代评")).as("建筑 is not filled by exam").isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "retired, situation.retired, 离退休人员不得申报, 第七条第（一）款第1项",
                "civilServant, situation.civilServant, 公务员不得申报, 第七条第（一）款第1项",
                "referenceCivilServant, situation.referenceCivilServant, 参照公务员法管理的事业单位工作人员不得申报, 第七条第（一）款第1项",
                "underDiscipline, situation.underDiscipline, 受到党纪、政务、行政处分的，在影响期间内不得申报（处分期至2025-06-30）, 第七条第（一）款第2项",
                "underCriminalPenalty, situation.underCriminalPenalty, 因犯罪受到刑事处罚的，在处罚期间内不得申报（刑事处罚期至2025-06-30）, 第七条第（一）款第2项"})
        void anExcludedGroupIsRefusedWithTheNoticesReasonAndClause(String group, String field, String message,
                                                                  String clause) {
            EligibilityReport report = checkHejing(d -> {
                switch (group) {
                    case "retired" -> d.retired = true;
                    case "civilServant" -> d.civilServant = true;
                    case "referenceCivilServant" -> d.referenceCivilServant = true;
                    case "underDiscipline" -> {
                        d.underDiscipline = true;
                        d.disciplineEndsOn = LocalDate.of(2025, 6, 30);
                    }
                    default -> {
                        d.underCriminalPenalty = true;
                        d.criminalPenaltyEndsOn = LocalDate.of(2025, 6, 30);
                    }
                }
            });

            assertThat(report.eligible()).isFalse();
            assertThat(report.finalProblems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo(field);
                assertThat(p.rule()).isEqualTo("不得申报");
                assertThat(p.message()).isEqualTo(message);
                assertThat(p.clause()).isEqualTo(clause);
            });
        }

        @Test
        void aDisciplinePeriodThatHasEndedNoLongerBars() {
            assertThat(checkHejing(d -> {
                d.underDiscipline = true;
                d.disciplineEndsOn = LocalDate.of(2024, 1, 31);
            }).problems()).isEmpty();
        }
    }

    /** 第一条: 中等专科从事专业技术工作满3年，大学专科满2年，大学本科满1年 (to the close of the declaration, 2024-10-30). */
    @Nested
    class YearsOfProfessionalWorkByEducation {
        @ParameterizedTest(name = "{0}，{2}起工作 → {3}")
        @CsvSource({
                "SECONDARY_VOCATIONAL, 2021-07-01, 2021-10-30, ",
                "SECONDARY_VOCATIONAL, 2021-07-01, 2021-10-31, 中专毕业须从事专业技术工作满3年，至2024-10-30仅2年11个月",
                "JUNIOR_COLLEGE, 2022-07-01, 2022-10-30, ",
                "JUNIOR_COLLEGE, 2022-07-01, 2022-10-31, 大专毕业须从事专业技术工作满2年，至2024-10-30仅1年11个月",
                "BACHELOR, 2023-07-01, 2023-10-30, ",
                "BACHELOR, 2023-07-01, 2023-10-31, 本科毕业须从事专业技术工作满1年，至2024-10-30仅11个月",
                "MASTER, 2023-07-01, 2023-07-15, ",
                "BACHELOR, 2024-06-30, 2023-07-15, 本科毕业须从事专业技术工作满1年，至2024-10-30仅4个月"})
        void workYearsAreCountedFromGraduationToTheCutOff(EducationLevel education, LocalDate graduated,
                                                         LocalDate workSince, String problem) {
            EligibilityReport report = checkHejing(d -> {
                d.education = education;
                d.graduated = graduated;
                d.professionStart = workSince;
            });

            if (problem == null) {
                assertThat(of(report, "初定条件")).isEmpty();
            } else {
                assertThat(of(report, "初定条件")).singleElement().satisfies(p -> {
                    assertThat(p.message()).isEqualTo(problem);
                    assertThat(p.field()).isEqualTo("professionStartDate");
                    assertThat(p.fixable()).isFalse();
                });
            }
        }

        @Test
        void belowSecondaryVocationalSchoolThereIsNoInitialDetermination() {
            assertThat(of(checkHejing(d -> d.education = EducationLevel.HIGH_SCHOOL), "初定条件")).singleElement()
                    .satisfies(p -> assertThat(p.message()).isEqualTo("初定的学历须为中专、大专、本科及以上"));
        }
    }

    /** 第一条 考核合格; 第六条第（一）款第4项: the assessments of the years the education requires. */
    @Nested
    class Assessments {
        @Test
        void eachRequiredYearMustBeAssessedQualified() {
            assertThat(of(check(hejing()), "年度考核")).isEmpty();

            EligibilityReport basic = check(hejing().assessment(2023, AssessmentRating.BASICALLY_QUALIFIED));
            assertThat(of(basic, "年度考核")).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("2023年度考核为基本合格，须合格及以上");
                assertThat(p.fixable()).isFalse();
            });
            assertThat(of(check(hejing().assessment(2023, AssessmentRating.EXCELLENT)), "年度考核")).isEmpty();
        }

        @Test
        void theYearsFollowTheEducation() {
            // 本科: 2023 only
            assertThat(of(check(hejing().assessment(2022, null)), "年度考核")).isEmpty();
            assertThat(of(check(hejing().assessment(2023, null)), "年度考核")).singleElement()
                    .satisfies(p -> {
                        assertThat(p.message()).isEqualTo("缺少2023年度考核结果");
                        assertThat(p.fixable()).isTrue();
                    });
            // 中专: 2021 to 2023
            Declaration secondary = secondaryVocational().assessment(2021, null);
            assertThat(of(check(secondary), "年度考核")).singleElement()
                    .satisfies(p -> assertThat(p.message()).isEqualTo("缺少2021年度考核结果"));
            assertThat(of(check(secondaryVocational().assessment(2020, null)), "年度考核")).isEmpty();
        }
    }

    /** 第六条第（一）款第3项: 中专 2022—2024, 大专 2023—2024, 本科 2024; village work exempt with the form. */
    @Nested
    class ContinuingEducation {
        @ParameterizedTest(name = "{0}：缺{1}年 → {2}")
        @CsvSource({
                "SECONDARY_VOCATIONAL, 2022, 缺少2022年度继续教育学时（须填写公需科目和专业科目）",
                "SECONDARY_VOCATIONAL, 2021, ",
                "JUNIOR_COLLEGE, 2023, 缺少2023年度继续教育学时（须填写公需科目和专业科目）",
                "JUNIOR_COLLEGE, 2022, ",
                "BACHELOR, 2024, 缺少2024年度继续教育学时（须填写公需科目和专业科目）",
                "BACHELOR, 2023, "})
        void theYearsFollowTheEducation(EducationLevel education, int missingYear, String problem) {
            Declaration d = education == EducationLevel.SECONDARY_VOCATIONAL ? secondaryVocational() : hejing();
            d.education = education;
            d.withoutContinuingEducation(missingYear);

            if (problem == null) {
                assertThat(of(check(d), "继续教育")).isEmpty();
            } else {
                assertThat(of(check(d), "继续教育")).singleElement().satisfies(p -> {
                    assertThat(p.message()).isEqualTo(problem);
                    assertThat(p.fixable()).isTrue();
                    assertThat(p.clause()).isEqualTo("第六条第（一）款第3项");
                });
            }
        }

        @Test
        void villageWorkIsExemptButNeedsTheExemptionForm() {
            Declaration d = hejing().withoutContinuingEducation(2024);
            d.villageWork = true;
            Set<String> uploaded = new HashSet<>(ALL_MATERIALS);
            uploaded.remove("continuing-education-exemption");

            EligibilityReport report = check(d, uploaded, Optional.empty(), DmnFiles.decisions());

            assertThat(of(report, "继续教育")).isEmpty();
            assertThat(report.problems()).extracting(EligibilityProblem::field)
                    .containsExactly("attachments.continuing-education-exemption");
        }
    }

    /** 第六条第（一）款: what the applicant uploads; units and competent departments add theirs in their stages. */
    @Nested
    class Materials {
        static EligibilityReport withoutUpload(Declaration d, String material) {
            Set<String> uploaded = new HashSet<>(ALL_MATERIALS);
            uploaded.remove(material);
            return check(d, uploaded, Optional.empty(), DmnFiles.decisions());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "integrity-certificate, 廉政情况证明, 第六条第（一）款第5项第（3）目、附件4",
                "work-experience-proof, 单位审核确认的从事专业技术工作经历证明（具体起止时间和从事的相关工作）, 第六条第（一）款第5项第（5）目",
                "assessment-forms, 年度考核表或考核证明, 第六条第（一）款第4项",
                "handwritten-pledge, 手写个人承诺（签字按手印）, 第六条第（一）款第6项"})
        void everyApplicantUploads(String material, String name, String clause) {
            assertThat(check(hejing()).materials()).filteredOn(m -> m.id().equals(material)).singleElement()
                    .satisfies(m -> assertThat(m.uploaded()).isTrue());

            assertThat(withoutUpload(hejing(), material).problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("attachments." + material);
                assertThat(p.message()).isEqualTo("缺少材料：" + name);
                assertThat(p.clause()).isEqualTo(clause);
                assertThat(p.fixable()).isTrue();
            });
        }

        @Test
        void teachersUploadTheirEthicsStatementTeachingCertificateAndPutonghuaCertificate() {
            Declaration teacher = teacher();
            assertThat(check(teacher).problems()).isEmpty();
            assertThat(check(teacher).materials()).extracting(EligibilityReport.MaterialStatus::id)
                    .contains("teacher-ethics-statement", "teacher-certificate", "putonghua-certificate");
            assertThat(withoutUpload(teacher(), "teacher-certificate").problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).isEqualTo("缺少材料：教师资格证"));

            assertThat(check(hejing()).materials()).extracting(EligibilityReport.MaterialStatus::id)
                    .as("an engineer is not asked").doesNotContain("teacher-ethics-statement", "teacher-certificate",
                            "putonghua-certificate");
        }

        @Test
        void enterpriseStaffUploadSixMonthsOfSocialInsuranceAndHaveThem() {
            for (EmployerType enterprise : new EmployerType[] {EmployerType.STATE_ENTERPRISE, EmployerType.PRIVATE}) {
                Declaration d = hejing();
                d.employerType = enterprise;
                assertThat(check(d).materials()).extracting(EligibilityReport.MaterialStatus::id)
                        .as("%s", enterprise).contains("social-insurance-list");
                assertThat(withoutUpload(d, "social-insurance-list").problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).isEqualTo("缺少材料：近6个月的社保清单"));
                d.socialInsuranceMonths = 5;
                assertThat(of(check(d), "社会保险")).singleElement()
                        .satisfies(p -> assertThat(p.message()).isEqualTo("企业专业技术人员须缴纳社会保险满6个月（现5个月）"));
            }
            assertThat(check(hejing()).materials()).extracting(EligibilityReport.MaterialStatus::id)
                    .as("a public institution's staff are not asked").doesNotContain("social-insurance-list");
        }
    }

    /**
     * 第七条第（二）款: returns by the unit (and the competent department) are fixed within 48 hours, at most
     * 3 submissions including the first; late means abandoned. No committee, so the unit level counts.
     */
    @Nested
    class Returns {
        final RevisionPolicy policy = new RevisionPolicy();
        final Map<String, Object> parameters = NoticeProcessParameters.of(NOTICES.get(HEJING),
                ApplicationFacts.none().withEducation(Education.BACHELOR)).toVariables();

        RevisionPolicy.RevisionPlan unitReturnOf(int submission) {
            return policy.planRevision(ReviewLevel.UNIT, true, submission, (Integer) parameters.get("submissionLimit"),
                    (String) parameters.get("fixWindows"));
        }

        @Test
        void theFirstAndSecondSubmissionsReturnedAreFixedWithin48Hours() {
            assertThat(unitReturnOf(1)).isEqualTo(new RevisionPolicy.RevisionPlan(false, "PT48H"));
            assertThat(unitReturnOf(2)).isEqualTo(new RevisionPolicy.RevisionPlan(false, "PT48H"));
            assertThat(policy.nextSubmissionCount(ReviewLevel.UNIT, true, 2)).isEqualTo(3);
        }

        @Test
        void theThirdSubmissionReturnedEndsTheApplicationAndALateFixIsAbandoned() {
            assertThat(unitReturnOf(3).submissionLimitReached()).isTrue();
            assertThat(NOTICES.get(HEJING).submission().lateFixOutcome().name()).isEqualTo(FinalStatus.ABANDONED.name());
            assertThat(policy.fixWindowExpiryStatus(null)).isEqualTo(FinalStatus.ABANDONED.name());
        }
    }

    static Declaration secondaryVocational() {
        Declaration d = hejing();
        d.education = EducationLevel.SECONDARY_VOCATIONAL;
        d.graduated = LocalDate.of(2020, 7, 1);
        d.professionStart = LocalDate.of(2020, 8, 1);
        return d;
    }

    static Declaration teacher() {
        Declaration d = hejing();
        d.series = "中小学教师系列";
        d.specialty = "中小学教师";
        return d;
    }
}
