package cn.xj.titlereview.application;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.attachment.ApplicationAttachmentAccess;
import cn.xj.titlereview.declaration.ApplicationContent;
import cn.xj.titlereview.declaration.Situation;
import cn.xj.titlereview.identity.Directory.Committee;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.Directory.HrBureau;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.security.ApiUser;

/**
 * Who may do what with an application.
 *
 * <ul>
 *   <li>the applicant who created it: everything, changes only while it is a draft or returned;
 *   <li>nobody else sees a draft;
 *   <li>after submission, reading the data (ID number masked): supervisors and administrators, and the
 *       groups the application's process routes its work to: its employer unit, its competent
 *       department, its committee office (the delegated committee's, for a delegated evaluation) and
 *       its HR bureau, never those of another unit, region or notice;
 *   <li>the experts of the committee the process names who were drawn for the meeting that votes on the
 *       application (not stood aside from it): the blind view and the masked attachments only (never name,
 *       unit or ID number), from the moment the meeting opens its vote; the rest of the pool and every
 *       other expert nothing;
 *   <li>the full ID number: the applicant, the application's committee office and HR bureau (identity
 *       checks and certificates), each view logged.
 * </ul>
 * The engine is the source of truth ({@link ProcessRoutings}): the variables of
 * the root process instance, which a delegation letter or a direct recognition has already
 * decided. Before a process exists the organisation directory answers, as the start would.
 */
@Component
class ApplicationAccess implements ApplicationAttachmentAccess {

    /** What one user may read of one application. */
    record Reach(boolean details, boolean idNumber, boolean blindView) {

        static final Reach NOTHING = new Reach(false, false, false);
        static final Reach OWNER = new Reach(true, true, true);
    }

    private final ApplicationRepository applications;
    private final OrganisationDirectory organisations;
    private final ProcessRoutings processRoutings;

    private final DeclarationWindows windows;

    ApplicationAccess(ApplicationRepository applications, OrganisationDirectory organisations,
                      ProcessRoutings processRoutings, DeclarationWindows windows) {
        this.windows = windows;
        this.applications = applications;
        this.organisations = organisations;
        this.processRoutings = processRoutings;
    }

    static boolean isOwner(Application application, ApiUser user) {
        return application.applicantUserId().equals(user.userId());
    }

    Reach reach(Application application, ApiUser user) {
        if (isOwner(application, user)) {
            return Reach.OWNER;
        }
        if (application.status() == ApplicationStatus.DRAFT) {
            return Reach.NOTHING;
        }
        boolean supervision = user.isMemberOf(RoleGroups.ADMIN) || user.isMemberOf(RoleGroups.SUPERVISOR);
        ProcessRouting routing = routing(application);
        boolean details = supervision || routing.reviews(user);
        return new Reach(details, routing.checksIdentity(user), details || routing.votes(user));
    }

    boolean canReadDetails(Application application, ApiUser user) {
        return reach(application, user).details();
    }

    boolean canRevealIdNumber(Application application, ApiUser user) {
        return reach(application, user).idNumber();
    }

    /** The process's groups, or before any process the directory's for the unit and the notice. */
    ProcessRouting routing(Application application) {
        return processRoutings.of(application).orElseGet(() -> directoryRouting(application));
    }

    /**
     * What the campaign start would route to: the unit, its competent department, the committee of the notice
     * that evaluates the series, specialty and level (or the one a delegation letter names), and the notice's HR
     * bureau (for a direct recognition the bureau of the unit's prefecture).
     */
    private ProcessRouting directoryRouting(Application application) {
        String unitCode = application.employerUnitCode();
        EmployerUnit unit = unitCode == null ? null : organisations.employerUnit(unitCode).orElse(null);
        String competent = unit == null || unit.competent() == null ? null : RoleGroups.competent(unit.competent());
        String noticeId = application.noticeId();
        ApplicationContent content = application.content();
        Situation situation = content == null ? null : content.situation();
        boolean direct = situation != null && situation.asksDirectRecognition();
        Committee committee = null;
        if (noticeId != null && !direct) {
            committee = situation != null && situation.delegated() && situation.delegatedToCommittee() != null
                    ? organisations.committee(situation.delegatedToCommittee()).orElse(null)
                    : organisations.committeeFor(noticeId, application.series(), application.specialty(),
                            application.level()).orElse(null);
        }
        HrBureau noticeBureau = noticeId == null ? null : organisations.hrBureauFor(noticeId).orElse(null);
        HrBureau bureau = direct && unit != null && noticeBureau != null
                ? organisations.recognisingBureau(unit, noticeBureau) : noticeBureau;
        return new ProcessRouting(unitCode == null ? null : RoleGroups.unit(unitCode), competent,
                committee == null ? null : RoleGroups.committee(committee.code()),
                bureau == null ? null : RoleGroups.hrBureau(bureau.code()),
                committee == null ? null : RoleGroups.experts(committee.code()), ProcessRouting.Voters.NONE);
    }

    @Override
    @Transactional(readOnly = true)
    public Access accessTo(String applicationNo, ApiUser user) {
        return access(applications.findByNo(applicationNo)
                .orElseThrow(() -> ApiProblemException.notFound("申报不存在")), user);
    }

    @Override
    @Transactional
    public Access accessForChange(String applicationNo, ApiUser user) {
        return access(applications.lockByNo(applicationNo)
                .orElseThrow(() -> ApiProblemException.notFound("申报不存在")), user);
    }

    @Override
    @Transactional(readOnly = true)
    public Access accessForEdit(String applicationNo, ApiUser user) {
        Application application = applications.findByNo(applicationNo)
                .orElseThrow(() -> ApiProblemException.notFound("申报不存在"));
        if (isOwner(application, user)) {
            windows.requireOpenFor(application);
        }
        return access(application, user);
    }

    private Access access(Application application, ApiUser user) {
        if (isOwner(application, user)) {
            return application.status().editable() ? Access.EDIT : Access.OWNER_READ;
        }
        Reach reach = reach(application, user);
        if (reach.details()) {
            return Access.REVIEW;
        }
        return reach.blindView() ? Access.BLIND_REVIEW : Access.NONE;
    }
}
