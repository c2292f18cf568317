package cn.xj.titlereview.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.attachment.AttachmentService;
import cn.xj.titlereview.attachment.AttachmentView;
import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.DirectRecognitionFacts;
import cn.xj.titlereview.campaign.EvaluationDelegation;
import cn.xj.titlereview.campaign.PathRules;
import cn.xj.titlereview.declaration.ApplicationContent;
import cn.xj.titlereview.declaration.CurrentTitle;
import cn.xj.titlereview.declaration.Situation;
import cn.xj.titlereview.eligibility.EligibilityDecisions;
import cn.xj.titlereview.eligibility.EligibilityProblem;
import cn.xj.titlereview.eligibility.EligibilityRules;
import cn.xj.titlereview.eligibility.VillageWorkRecord;
import cn.xj.titlereview.identity.Directory.Committee;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticeDefinition.DelegatedEvaluation;
import cn.xj.titlereview.notice.NoticeDefinition.DelegationDirection;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeFlow;

/**
 * The path an application takes through its notice: the notice's own review or initial determination
 * (评审/初定), direct recognition (直接认定), or evaluation by the committee a delegation letter names
 * (委托评审). Refuses, when the form is saved, a path the notice does not have, with the words of
 * {@link PathRules}; and turns a submitted application into the campaign start of its path.
 */
@Component
public class DeclaredPaths {

    /** The notice material that holds the delegation letter (委托评审函). */
    public static final String DELEGATION_LETTER = "delegation-letter";

    private final NoticeCatalog notices;
    private final OrganisationDirectory organisations;
    private final EligibilityDecisions decisions;
    private final AttachmentService attachments;

    DeclaredPaths(NoticeCatalog notices, OrganisationDirectory organisations, EligibilityDecisions decisions,
                  AttachmentService attachments) {
        this.notices = notices;
        this.organisations = organisations;
        this.decisions = decisions;
        this.attachments = attachments;
    }

    /** Paths the form asks for that its notice does not have (nothing for a notice without a file). */
    List<FieldProblem> refusals(ApplicationContent c) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<NoticeDefinition> found = c.noticeId() == null ? Optional.empty() : notices.find(c.noticeId());
        if (found.isEmpty()) {
            return problems;
        }
        NoticeDefinition notice = found.get();
        Situation s = c.situation();
        if (s.asksDirectRecognition()) {
            PathRules.directRecognitionRefused(notice).ifPresent(message ->
                    problems.add(new FieldProblem("situation.directRecognition", PathRules.RULE, message)));
        }
        if (!s.delegated() || s.asksDirectRecognition()) {
            return problems;   // both at once: refused by the form reader
        }
        if (notice.flow() == NoticeFlow.INITIAL_DETERMINATION) {
            problems.add(new FieldProblem("situation.delegatedEvaluation", PathRules.RULE,
                    PathRules.INITIAL_DETERMINATION_NOT_DELEGATED));
            return problems;
        }
        if (notice.specialPolicies().stream().noneMatch(DelegatedEvaluation.class::isInstance)) {
            problems.add(new FieldProblem("situation.delegatedEvaluation", PathRules.RULE,
                    "本通知（" + notice.title() + "）未规定委托评审"));
            return problems;
        }
        String code = s.delegatedToCommittee();
        if (code == null) {
            return problems;   // a draft may name the committee later; the pre-check asks for it
        }
        Optional<Committee> target = organisations.committee(code);
        if (target.isEmpty()) {
            problems.add(new FieldProblem("situation.delegatedToCommittee", "登记", PathRules.committeeUnknown(code)
                    + "（见评审委员会目录）"));
            return problems;
        }
        Committee own = organisations.committeeFor(notice.id(), c.series(), c.specialty(), c.level()).orElse(null);
        PathRules.delegationRefused(notice, own, target.get()).ifPresent(message ->
                problems.add(new FieldProblem("situation.delegatedToCommittee", PathRules.RULE, message)));
        return problems;
    }

    /**
     * For the pre-check: no committee of the notice evaluates the series, specialty and level declared, and no
     * letter delegates it (the submission would be refused with the same words); with the clause of the
     * notice's outbound delegation, if it has one.
     */
    Optional<EligibilityProblem> committeeMissing(ApplicationContent c) {
        Optional<NoticeDefinition> found = c.noticeId() == null ? Optional.empty() : notices.find(c.noticeId());
        Situation s = c.situation();
        if (found.isEmpty() || found.get().flow() != NoticeFlow.TITLE_REVIEW || c.series() == null
                || c.specialty() == null || c.level() == null
                || s != null && (s.asksDirectRecognition() || s.delegated())
                || organisations.committeeFor(c.noticeId(), c.series(), c.specialty(), c.level()).isPresent()) {
            return Optional.empty();
        }
        NoticeDefinition notice = found.get();
        String clause = notice.specialPolicies().stream()
                .filter(policy -> policy instanceof DelegatedEvaluation d && d.direction() == DelegationDirection.OUTBOUND)
                .map(policy -> ((DelegatedEvaluation) policy).clause()).findFirst().orElse("评审范围");
        return Optional.of(new EligibilityProblem("specialty", PathRules.RULE,
                PathRules.noCommittee(notice, c.series(), c.specialty(), c.level()), clause, true));
    }

    /** For the pre-check: whether a letter sends the application out of the notice's own committee. */
    EligibilityRules.Delegation delegation(ApplicationContent c) {
        Situation s = c.situation();
        if (!s.delegated() || s.delegatedToCommittee() == null || c.noticeId() == null) {
            return EligibilityRules.Delegation.NONE;
        }
        Optional<Committee> target = organisations.committee(s.delegatedToCommittee());
        if (target.isEmpty()) {
            return EligibilityRules.Delegation.NONE;
        }
        boolean outbound = organisations.committeeFor(c.noticeId(), c.series(), c.specialty(), c.level())
                .map(own -> !own.code().equals(target.get().code())).orElse(true);
        return new EligibilityRules.Delegation(outbound, target.get().name());
    }

    /**
     * The campaign start of a submitted application on its path. Direct recognition: the current
     * title's level, the years of village work and the consecutive years rated 优秀 counted from the
     * form ({@link VillageWorkRecord}), and whether the specialty is filled by exam from the DMN table
     * {@code exam-based-specialty}. Delegation: the committee and the first page of the letter.
     */
    public ApplicationProcessStart start(Application application, LocalDate today) {
        ApplicationProcessStart start = ApplicationProcessStarts.of(application);
        ApplicationContent c = application.content();
        Situation s = c.situation();
        Optional<NoticeDefinition> notice = notices.find(application.noticeId());
        if (notice.isEmpty()) {
            return start;
        }
        if (s.asksDirectRecognition()) {
            CurrentTitle title = c.currentTitle();
            Level current = title == null || title.level() == null ? null : title.level();
            Optional<VillageWorkRecord> village = VillageWorkRecord.of(c, notice.get().year(),
                    EligibilityRules.cutoff(notice.get(), today));
            boolean examFilled = start.level() != null
                    && decisions.examBased(c.series(), c.specialty(), start.level()).isPresent();
            start = start.withDirectRecognition(new DirectRecognitionFacts(current,
                    village.map(VillageWorkRecord::years).orElse(0),
                    village.map(VillageWorkRecord::excellentYears).orElse(0), examFilled));
        }
        if (s.delegated()) {
            String letter = attachments.list(application.applicationNo()).stream()
                    .filter(page -> DELEGATION_LETTER.equals(page.category()))
                    .map(AttachmentView::id).findFirst().orElse(null);
            start = start.withDelegation(new EvaluationDelegation(s.delegatedToCommittee(), letter));
        }
        return start;
    }

    /** The path as the applicant and the reviewers read it; when delegated, with the committee's name. */
    ApplicationView.PathView path(ApplicationContent c) {
        Situation s = c.situation();
        if (s.asksDirectRecognition()) {
            return new ApplicationView.PathView("DIRECT_RECOGNITION", "直接认定", null, null);
        }
        if (s.delegated()) {
            Optional<Committee> committee = Optional.ofNullable(s.delegatedToCommittee()).flatMap(organisations::committee);
            return new ApplicationView.PathView("DELEGATED_EVALUATION",
                    "委托评审" + committee.map(x -> "：由" + x.name() + "评审").orElse(""),
                    s.delegatedToCommittee(), committee.map(Committee::name).orElse(null));
        }
        boolean initial = c.noticeId() != null && notices.find(c.noticeId())
                .map(n -> n.flow() == NoticeFlow.INITIAL_DETERMINATION).orElse(false);
        return initial ? new ApplicationView.PathView("INITIAL_DETERMINATION", "初定", null, null)
                : new ApplicationView.PathView("TITLE_REVIEW", "评审", null, null);
    }
}
