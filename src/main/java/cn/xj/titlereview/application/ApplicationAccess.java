package cn.xj.titlereview.application;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.attachment.ApplicationAttachmentAccess;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.security.ApiUser;

/**
 * Who may do what with an application.
 *
 * <ul>
 *   <li>the applicant who created it: everything, changes only while it is a draft or returned;
 *   <li>nobody else sees a draft;
 *   <li>after submission, reading the data (ID number masked): the employer unit's own group
 *       ({@code unit<code>}, never another unit), competent units, committee offices, HR bureaus,
 *       supervisors and administrators;
 *   <li>experts of the committee that serves the application's notice: the blind view and the masked
 *       attachments only (never name, unit or ID number); experts of other committees nothing;
 *   <li>the full ID number: the applicant, committee offices and HR bureaus (identity checks and
 *       certificates), each view logged.
 * </ul>
 * Competent units, committees and bureaus are matched by role, not yet by the notice's own
 * organisations.
 */
@Component
class ApplicationAccess implements ApplicationAttachmentAccess {

    private final ApplicationRepository applications;
    private final OrganisationDirectory organisations;

    ApplicationAccess(ApplicationRepository applications, OrganisationDirectory organisations) {
        this.applications = applications;
        this.organisations = organisations;
    }

    static boolean isOwner(Application application, ApiUser user) {
        return application.applicantUserId().equals(user.userId());
    }

    static boolean canReadDetails(Application application, ApiUser user) {
        if (isOwner(application, user)) {
            return true;
        }
        if (application.status() == ApplicationStatus.DRAFT) {
            return false;
        }
        return user.isMemberOf(RoleGroups.ADMIN) || user.isMemberOf(RoleGroups.SUPERVISOR)
                || (application.employerUnitCode() != null
                    && user.isMemberOf(RoleGroups.unit(application.employerUnitCode())))
                || user.isMemberOfAny("competent") || user.isMemberOfAny("committee") || user.isMemberOfAny("hrb");
    }

    /** The blind view and the masked pages: whoever reads the details, and the notice's own experts. */
    boolean canReviewAttachments(Application application, ApiUser user) {
        return canReadDetails(application, user)
                || (application.status() != ApplicationStatus.DRAFT && isNoticeExpert(application, user));
    }

    private boolean isNoticeExpert(Application application, ApiUser user) {
        return organisations.committeeFor(application.noticeId())
                .map(committee -> user.isMemberOf(RoleGroups.experts(committee.code())))
                .orElse(false);
    }

    static boolean canRevealIdNumber(Application application, ApiUser user) {
        if (isOwner(application, user)) {
            return true;
        }
        return application.status() != ApplicationStatus.DRAFT
                && (user.isMemberOfAny("committee") || user.isMemberOfAny("hrb"));
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

    private Access access(Application application, ApiUser user) {
        if (isOwner(application, user)) {
            return application.status().editable() ? Access.EDIT : Access.OWNER_READ;
        }
        return canReviewAttachments(application, user) ? Access.REVIEW : Access.NONE;
    }
}
