package cn.xj.titlereview.eligibility;

import static cn.xj.titlereview.eligibility.EligibilityRulesTest.AKESU;
import static cn.xj.titlereview.eligibility.EligibilityRulesTest.HAMI;
import static cn.xj.titlereview.eligibility.EligibilityRulesTest.HEJING;
import static cn.xj.titlereview.eligibility.EligibilityRulesTest.NONFERROUS;
import static cn.xj.titlereview.eligibility.EligibilityRulesTest.NOTICES;
import static cn.xj.titlereview.eligibility.EligibilityRulesTest.SENIOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.xj.titlereview.attachment.AttachmentView;
import cn.xj.titlereview.declaration.ContinuingEducationYear;
import cn.xj.titlereview.declaration.FormDemands;
import cn.xj.titlereview.declaration.Paper;
import cn.xj.titlereview.declaration.Pledge;
import cn.xj.titlereview.declaration.SkilledQualification;
import cn.xj.titlereview.declaration.SubmissionCheck;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Level;

/**
 * The form's problems name their clause (issue 22, point 4), and what a notice waives the form does not demand
 * (point 8): the whole pre-check as an applicant sees it, the form ({@link SubmissionCheck} with {@link
 * FormDemandRules}) and the notice's conditions ({@link EligibilityRules}), on the real notice files; for every
 * waiver the case it covers and the one next to it that it does not.
 */
class FormDemandsTest {

    /** The clause of each notice's rule on filling in the form. */
    static final Map<String, String> FORM_CLAUSE = Map.of(
            SENIOR, "第六条",                       // 对表中的栏目无填写内容的应注明“无”，不得留有空格
            NONFERROUS, "第四条第（二）款",           // the same words
            HAMI, "第五条第（二）款第1项",            // the same words
            AKESU, "第三条第（一）款第1项",           // 须认真准确填写各栏目
            HEJING, "第五条");                       // 填写申报个人信息

    /** The form's problems, as the pre-check reports them. */
    static List<SubmissionCheck.Problem> form(Declaration d, List<AttachmentView> pages) {
        return SubmissionCheck.check(d.content(), true, pages, FormDemandRules.of(NOTICES.get(d.noticeId), d.content()));
    }

    static List<SubmissionCheck.Problem> form(Declaration d) {
        return form(d, List.of());
    }

    /** Every problem of the pre-check: the form's and the notice's conditions'. */
    static List<String> everything(Declaration d) {
        List<String> all = new ArrayList<>();
        form(d).forEach(p -> all.add(p.field() + ":" + p.rule()));
        EligibilityRulesTest.check(d).problems().forEach(p -> all.add(p.field() + ":" + p.rule()));
        return all;
    }

    static Declaration declaration(String noticeId) {
        Supplier<Declaration> made = switch (noticeId) {
            case SENIOR -> EligibilityRulesTest::senior;
            case NONFERROUS -> EligibilityRulesTest::nonferrous;
            case AKESU -> EligibilityRulesTest::akesu;
            case HAMI -> EligibilityRulesTest::hami;
            default -> EligibilityRulesTest::hejing;
        };
        return made.get();
    }

    @Test
    void aCompleteDeclarationOfEachNoticeHasNoProblemOfTheForm() {
        for (String notice : FORM_CLAUSE.keySet()) {
            assertThat(form(declaration(notice))).as(notice).isEmpty();
            assertThat(everything(declaration(notice))).as(notice).isEmpty();
        }
    }

    @Nested
    class Clauses {

        @Test
        void aBlankFieldCitesTheNoticesRuleOnFillingInTheForm() {
            for (String notice : FORM_CLAUSE.keySet()) {
                Declaration d = declaration(notice);
                d.ethnicity = null;
                assertThat(form(d)).as(notice).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("ethnicity");
                    assertThat(p.rule()).isEqualTo("必填");
                    assertThat(p.message()).isEqualTo("请填写民族");
                    assertThat(p.clause()).isEqualTo(FORM_CLAUSE.get(notice));
                });
                // and the notice file says so too (its form clause)
                assertThat(NOTICES.get(notice).form().clause()).isEqualTo(FORM_CLAUSE.get(notice));
            }
        }

        @Test
        void theNoticesWithTheBlankRuleAreTheOnesThatAskForWu() {
            // senior 第六条, non-ferrous 第四条第（二）款, Hami 第五条第（二）款第1项: "应注明“无”"
            assertThat(List.of(SENIOR, NONFERROUS, HAMI))
                    .allSatisfy(n -> assertThat(NOTICES.get(n).form().blankPlaceholder()).isEqualTo("无"));
            assertThat(List.of(AKESU, HEJING))
                    .allSatisfy(n -> assertThat(NOTICES.get(n).form().blankPlaceholder()).isNull());
        }

        @Test
        void aSectionCitesTheNoticesClauseForIt() {
            Declaration d = EligibilityRulesTest.senior();
            d.pledge = new Pledge(false, null);
            d.workSummary = "无";
            d.continuingEducation.clear();
            d.assessments.clear();
            List<AttachmentView> pages = List.of(page(null));

            assertThat(form(d, pages)).extracting(SubmissionCheck.Problem::field, SubmissionCheck.Problem::clause)
                    .containsExactlyInAnyOrder(
                            tuple("pledge.accepted", "第四条第（一）款"),
                            tuple("pledge.date", "第四条第（一）款"),
                            tuple("workSummary", NOTICES.get(SENIOR).workSummary().clause()),
                            tuple("continuingEducation", "第四条第（一）款第7项"),
                            tuple("annualAssessments", "第四条第（一）款第11项"),
                            tuple("attachments[0]", "第四条第（一）款第14项"));
        }

        @Test
        void everyProblemOfTheFormNamesAClauseOnEveryNotice() {
            for (String notice : FORM_CLAUSE.keySet()) {
                Declaration d = declaration(notice);
                d.ethnicity = null;
                d.pledge = null;
                d.workSummary = null;
                d.continuingEducation.clear();
                d.continuingEducation.add(new ContinuingEducationYear(2020, null, 10));
                d.assessments.clear();
                d.putonghua = null;
                d.socialInsuranceMonths = null;
                d.skilledWorker = true;
                d.papers.add(new Paper("论文", null, LocalDate.of(2020, 1, 1), "第一作者"));
                List<SubmissionCheck.Problem> problems = form(d, List.of(page(null), page(true)));
                assertThat(problems).as(notice).hasSizeGreaterThan(8)
                        .allSatisfy(p -> assertThat(p.clause()).as(notice + " " + p.field()).isNotBlank());
            }
        }

        @Test
        void aNoticeWithoutAFileCitesTheSeniorNoticesRule() {
            Declaration d = EligibilityRulesTest.senior();
            d.ethnicity = null;
            assertThat(SubmissionCheck.check(d.content(), false, List.of(), FormDemandRules.unknownNotice()))
                    .extracting(SubmissionCheck.Problem::field, SubmissionCheck.Problem::clause)
                    .containsExactlyInAnyOrder(tuple("idNumber", FormDemands.BLANK_RULE_SOURCE),
                            tuple("ethnicity", FormDemands.BLANK_RULE_SOURCE));
            assertThat(FormDemands.BLANK_RULE_SOURCE).contains("第六条", "对表中的栏目无填写内容的应注明“无”，不得留有空格");
        }
    }

    @Nested
    class Waivers {

        /** 继续教育 after village work: every notice grants it. */
        @Test
        void villageWorkWaivesContinuingEducationOnEveryNotice() {
            for (String notice : FORM_CLAUSE.keySet()) {
                Declaration village = declaration(notice);
                village.villageWork = true;
                village.continuingEducation.clear();
                assertThat(everything(village)).as(notice).noneMatch(p -> p.startsWith("continuingEducation"));
                assertThat(FormDemandRules.of(NOTICES.get(notice), village.content()).continuingEducation())
                        .as(notice).satisfies(demand -> {
                            assertThat(demand.required()).isFalse();
                            assertThat(demand.clause()).isEqualTo(NOTICES.get(notice).continuingEducation()
                                    .exemptions().get(0).clause());
                        });

                Declaration notVillage = declaration(notice);
                notVillage.villageWork = false;
                notVillage.continuingEducation.clear();
                assertThat(form(notVillage)).as(notice).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("continuingEducation");
                    assertThat(p.message()).isEqualTo("请至少填写一条继续教育");
                    assertThat(p.clause()).isEqualTo(NOTICES.get(notice).continuingEducation().clause());
                });
            }
        }

        /** Akesu 第三条第（一）款第15项: 民营企业专业技术人员初次参加职称评审对继续教育不做硬性要求. */
        @Test
        void aFirstTimePrivateEnterpriseApplicantInAkesuNeedsNoContinuingEducation() {
            Declaration firstTimePrivate = akesuPrivate(EmployerType.PRIVATE, true);
            assertThat(everything(firstTimePrivate)).isEmpty();

            // the one next to it: the second time, a state enterprise, a freelancer: demanded as the rules demand it
            for (Declaration demanded : List.of(akesuPrivate(EmployerType.PRIVATE, false),
                    akesuPrivate(EmployerType.STATE_ENTERPRISE, true), akesuPrivate(EmployerType.FREELANCE, true))) {
                assertThat(form(demanded)).extracting(SubmissionCheck.Problem::field, SubmissionCheck.Problem::message,
                                SubmissionCheck.Problem::clause)
                        .contains(tuple("continuingEducation", "请至少填写一条继续教育", "第三条第（一）款第15项"));
                assertThat(EligibilityRulesTest.of(EligibilityRulesTest.check(demanded), "继续教育")).isNotEmpty();
            }

            // a year the exempt applicant does give must still be complete
            Declaration givenYear = akesuPrivate(EmployerType.PRIVATE, true);
            givenYear.continuingEducation.add(new ContinuingEducationYear(2023, null, 60));
            assertThat(form(givenYear)).extracting(SubmissionCheck.Problem::field)
                    .containsExactly("continuingEducation[0].publicHours");
        }

        private Declaration akesuPrivate(EmployerType type, boolean firstTime) {
            Declaration d = EligibilityRulesTest.akesu();
            d.employerType = type;
            d.firstApplication = firstTime;
            d.continuingEducation.clear();
            d.putonghua = null;
            if (type == EmployerType.PRIVATE || type == EmployerType.FREELANCE) {
                d.privateTrackGroup = cn.xj.titlereview.declaration.PrivateTrackGroup.REGISTERED_IN_AREA;
            }
            return d;
        }

        /** Akesu 第三条第（一）款第17项: only public-institution staff hand in a Putonghua grade. */
        @Test
        void putonghuaIsDemandedOfPublicInstitutionStaffInAkesuOnly() {
            Declaration publicInstitution = EligibilityRulesTest.akesu();
            publicInstitution.putonghua = null;
            assertThat(form(publicInstitution)).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("putonghuaLevel");
                assertThat(p.clause()).isEqualTo("第三条第（一）款第17项、第18项");
            });

            Declaration stateEnterprise = EligibilityRulesTest.akesu();
            stateEnterprise.employerType = EmployerType.STATE_ENTERPRISE;
            stateEnterprise.putonghua = null;
            assertThat(everything(stateEnterprise)).isEmpty();

            // notices that ask no Putonghua at all: not demanded of anyone
            for (String notice : List.of(SENIOR, NONFERROUS, HAMI)) {
                Declaration d = declaration(notice);
                d.putonghua = null;
                assertThat(everything(d)).as(notice).isEmpty();
            }
        }

        /** Hejing 第六条第（一）款第5项第（6）目: teachers hand in a Putonghua certificate, others none. */
        @Test
        void putonghuaIsDemandedOfTeachersInHejingOnly() {
            Declaration teacher = EligibilityRulesTest.hejing();
            teacher.series = "中小学教师系列";
            teacher.putonghua = null;
            assertThat(form(teacher)).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("putonghuaLevel");
                assertThat(p.clause()).isEqualTo("第六条第（一）款第5项第（6）目");
            });

            Declaration engineer = EligibilityRulesTest.hejing();
            engineer.putonghua = null;
            assertThat(form(engineer)).isEmpty();
        }

        /** Hejing 第六条第（一）款第5项第（7）目 and Hami 第五条第（二）款第1项: social insurance of enterprise staff. */
        @Test
        void socialInsuranceIsDemandedOfTheEnterpriseStaffTheNoticesName() {
            Declaration hejingEnterprise = EligibilityRulesTest.hejing();
            hejingEnterprise.employerType = EmployerType.STATE_ENTERPRISE;
            hejingEnterprise.socialInsuranceMonths = null;
            assertThat(form(hejingEnterprise)).extracting(SubmissionCheck.Problem::field, SubmissionCheck.Problem::clause)
                    .containsExactly(tuple("socialInsuranceMonths", "第六条第（一）款第5项第（7）目"));

            Declaration hejingSchool = EligibilityRulesTest.hejing();
            hejingSchool.socialInsuranceMonths = null;
            assertThat(everything(hejingSchool)).isEmpty();

            Declaration hamiPrivate = EligibilityRulesTest.hami();
            hamiPrivate.employerType = EmployerType.PRIVATE;
            hamiPrivate.socialInsuranceMonths = null;
            assertThat(form(hamiPrivate)).extracting(SubmissionCheck.Problem::field, SubmissionCheck.Problem::clause)
                    .containsExactly(tuple("socialInsuranceMonths", "第五条第（二）款第1项"));

            Declaration hamiPublic = EligibilityRulesTest.hami();
            hamiPublic.socialInsuranceMonths = null;
            assertThat(everything(hamiPublic)).isEmpty();
        }

        /**
         * Senior notice 第四条第（一）款第8项、第9项: 对著作、论文不作硬性要求 / 对职称外语、计算机不作硬性要求; Akesu
         * 第三条第（二）款第24项: skilled workers 不受学历、论文、外语、计算机等条件的限制. Neither the form nor the rules ask
         * for a paper, a foreign-language or a computer result; a paper that is declared must be complete.
         */
        @Test
        void papersForeignLanguageAndComputerAreNeverDemanded() {
            var academic = NOTICES.get(SENIOR).academicRequirements();
            assertThat(List.of(academic.papersRequired(), academic.foreignLanguageRequired(), academic.computerRequired()))
                    .containsOnly(false);
            Declaration senior = EligibilityRulesTest.senior();
            assertThat(senior.papers).isEmpty();
            assertThat(everything(senior)).isEmpty();
            assertThat(EligibilityRulesTest.check(senior).materials()).extracting(m -> m.id())
                    .doesNotContain("publications", "papers");

            Declaration skilled = skilledWorker(AKESU);
            assertThat(skilled.papers).isEmpty();
            assertThat(everything(skilled)).isEmpty();

            Declaration declaredPaper = EligibilityRulesTest.senior();
            declaredPaper.papers.add(new Paper("选矿工艺改进", null, LocalDate.of(2020, 5, 1), "第一作者"));
            assertThat(form(declaredPaper)).extracting(SubmissionCheck.Problem::field, SubmissionCheck.Problem::clause)
                    .containsExactly(tuple("papers[0].journal", "第六条"));
        }

        /** Akesu 第三条第（二）款第24项: a skilled worker on the pathway is not held to 学历, so lists none. */
        @Test
        void aSkilledWorkerOnAkesusPathwayNeedsNoEducationRow() {
            Declaration skilled = skilledWorker(AKESU);
            skilled.noEducation = true;
            assertThat(form(skilled)).isEmpty();
            assertThat(FormDemandRules.of(NOTICES.get(AKESU), skilled.content()).education().clause())
                    .isEqualTo("第三条第（二）款第24项");

            // the same person without the pathway, and a skilled worker where the notice sets no route (Hami)
            Declaration notSkilled = skilledWorker(AKESU);
            notSkilled.noEducation = true;
            notSkilled.skilledWorker = false;
            assertThat(form(notSkilled)).extracting(SubmissionCheck.Problem::field, SubmissionCheck.Problem::clause)
                    .containsExactly(tuple("education", "第三条第（一）款第1项"));

            Declaration hami = EligibilityRulesTest.hami();
            hami.skilledWorker = true;
            hami.skilledQualification = SkilledQualification.TECHNICIAN;
            hami.noEducation = true;
            assertThat(form(hami)).extracting(SubmissionCheck.Problem::field).containsExactly("education");
        }

        private Declaration skilledWorker(String notice) {
            Declaration d = declaration(notice).noTitle();
            d.level = Level.INTERMEDIATE;
            d.skilledWorker = true;
            d.skilledQualification = SkilledQualification.TECHNICIAN;
            d.skilledQualificationOn = LocalDate.of(2021, 6, 1);
            return d;
        }

        /** Direct recognition decides its own conditions: no years of continuing education are demanded. */
        @Test
        void directRecognitionDemandsNoContinuingEducationButTheRatingsOfItsYears() {
            Declaration d = EligibilityRulesTest.hami().directRecognition(LocalDate.of(2019, 3, 1), null);
            d.villageWork = false;   // the question itself unanswered as "no": the path still waives it
            d.continuingEducation.clear();
            var demands = FormDemandRules.of(NOTICES.get(HAMI), d.content());
            assertThat(demands.continuingEducation().required()).isFalse();
            assertThat(demands.annualAssessments().required()).isTrue();
            assertThat(form(d)).isEmpty();

            d.assessments.clear();
            assertThat(form(d)).extracting(SubmissionCheck.Problem::field, SubmissionCheck.Problem::clause)
                    .containsExactly(tuple("annualAssessments", "第六条第（四）款"));
        }
    }

    private static AttachmentView page(Boolean needsMasking) {
        return new AttachmentView("a1", "diploma", "毕业证.jpg", 800, 600, 1000L, "x", needsMasking, false, List.of(),
                Instant.parse("2024-09-01T00:00:00Z"));
    }
}
