package cn.xj.titlereview.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.attachment.AttachmentService;
import cn.xj.titlereview.attachment.AttachmentView;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.declaration.ApplicationForm;
import cn.xj.titlereview.declaration.ApplicationFormReader.Cleared;
import cn.xj.titlereview.declaration.ApplicationFormReader.NewNumber;
import cn.xj.titlereview.declaration.ApplicationFormReader;
import cn.xj.titlereview.declaration.ApplicationForms;
import cn.xj.titlereview.declaration.Gender;
import cn.xj.titlereview.declaration.IdDocuments;
import cn.xj.titlereview.declaration.IdType;
import cn.xj.titlereview.declaration.IdNumbers;
import cn.xj.titlereview.declaration.ApplicationFormReader.Unchanged;
import cn.xj.titlereview.eligibility.EligibilityProblem;
import cn.xj.titlereview.eligibility.EligibilityReport;
import cn.xj.titlereview.eligibility.EligibilityRules;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.registration.PersonRecords;
import cn.xj.titlereview.registration.PersonRecords.RegisteredPerson;
import cn.xj.titlereview.security.ApiUser;
import cn.xj.titlereview.security.IdNumberCrypto;

/**
 * Drafts, updates, submissions and views of applications. Each call is one transaction: any
 * refusal (400 with every problem, 403, 404, 409) leaves nothing written, and a submission whose
 * process cannot be started or continued is not recorded.
 */
@Service
@Transactional
public class ApplicationService {

    static final ZoneId BEIJING = BeijingTime.ZONE;
    private static final Logger log = LoggerFactory.getLogger(ApplicationService.class);

    private final ApplicationRepository applications;
    private final ApplicationSnapshotRepository snapshots;
    private final ApplicationDecisionRepository decisions;
    private final ApplicationNumbers numbers;
    private final IdNumberCrypto crypto;
    private final AttachmentService attachments;
    private final ApplicationEligibility eligibility;
    private final ApplicationProcessGateway gateway;
    private final ObjectMapper json;
    private final AuditLog auditLog;
    private final DeclaredPaths paths;
    private final ApplicationAccess access;
    private final DeclarationWindows windows;
    private final TransactionTemplate inTransaction;
    private final PersonRecords people;

    ApplicationService(ApplicationRepository applications, ApplicationSnapshotRepository snapshots,
                       ApplicationDecisionRepository decisions, ApplicationNumbers numbers, IdNumberCrypto crypto,
                       AttachmentService attachments, ApplicationEligibility eligibility,
                       ApplicationProcessGateway gateway, ObjectMapper json, AuditLog auditLog, DeclaredPaths paths,
                       ApplicationAccess access, DeclarationWindows windows, PersonRecords people,
                       PlatformTransactionManager transactionManager) {
        this.applications = applications;
        this.snapshots = snapshots;
        this.decisions = decisions;
        this.numbers = numbers;
        this.crypto = crypto;
        this.attachments = attachments;
        this.eligibility = eligibility;
        this.gateway = gateway;
        this.json = json;
        this.auditLog = auditLog;
        this.paths = paths;
        this.access = access;
        this.windows = windows;
        this.inTransaction = new TransactionTemplate(transactionManager);
        this.people = people;
    }

    /**
     * Outside a transaction until the number is taken: the number's own short transaction then
     * never waits for a second connection while this call holds one (at a declaration peak, as
     * many drafts as the pool has connections would otherwise each hold one and wait for another).
     * The draft itself is written in one transaction after it; a refusal there leaves a gap in the
     * numbers, as any rolled-back draft always has.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ApplicationView create(ApplicationForm form, ApiUser user) {
        if (!user.isMemberOf(RoleGroups.APPLICANT)) {
            throw ApiProblemException.forbidden("只有申报人可以创建申报");
        }
        windows.requireOpenForNew(form == null ? null : form.noticeId());
        Instant now = now();
        ApplicationFormReader.Result read = ApplicationFormReader.read(registered(form, user, null), today(now),
                null, null, null, null);
        requireValid(read);
        String no = numbers.next(today(now).getYear());
        return inTransaction.execute(status -> {
            Application application = new Application(no, user.userId(), now);
            application.replaceContent(read.content(), now);
            if (read.idNumber() instanceof NewNumber number) {
                protect(application, number);
            }
            applications.saveAndFlush(application);
            log.info("申报草稿已创建：{}（用户 {}）", no, user.userId());
            return view(application, user);
        });
    }

    public ApplicationView update(String applicationNo, ApplicationForm form, ApiUser user) {
        Application application = applications.lockByNo(applicationNo)
                .orElseThrow(() -> ApiProblemException.notFound("申报不存在"));
        requireOwner(application, user, "只能修改本人的申报");
        windows.requireOpenFor(application);
        if (form != null && form.noticeId() != null && !form.noticeId().equals(application.noticeId())) {
            windows.requireOpenForNew(form.noticeId());
        }
        requireEditable(application);
        Instant now = now();
        String storedId = storedIdNumber(application);
        String storedMasked = IdDocuments.mask(storedId);
        ApplicationFormReader.Result read = ApplicationFormReader.read(registered(form, user, storedMasked), today(now),
                storedId == null ? null : application.idType(), storedMasked, application.birthDate(),
                gender(application.idType(), storedId));
        requireValid(read);
        if (application.submissionCount() > 0 && !application.noticeId().equals(read.content().noticeId())) {
            throw ApiProblemException.conflict("已提交过的申报不能更换通知");
        }
        boolean noticeChanged = !read.content().noticeId().equals(application.noticeId());
        application.replaceContent(read.content(), now);
        if (read.idNumber() instanceof NewNumber number) {
            protect(application, number);
        } else if (read.idNumber() instanceof Cleared) {
            application.protectIdNumber(IdType.DEFAULT, null, null, null);
        } else if (read.idNumber() instanceof Unchanged unchanged && storedId != null) {
            application.declareBirthDate(unchanged.birthDate());
        }
        if (read.idNumber() instanceof Unchanged && noticeChanged && application.idNumberIndex() != null) {
            refuseDuplicate(application, application.idNumberIndex(), application.idType());
        }
        applications.saveAndFlush(application);
        return view(application, user);
    }

    /** Every problem of the form, and then the paths its notice does not have: 400, nothing written. */
    private void requireValid(ApplicationFormReader.Result read) {
        List<FieldProblem> problems = new java.util.ArrayList<>(read.problems());
        if (read.content() != null) {
            problems.addAll(paths.refusals(read.content()));
        }
        if (!problems.isEmpty()) {
            throw ApiProblemException.badRequest("申报信息有误", problems);
        }
    }

    /** Read-write: a view by someone else is audited in this transaction ({@link AuditLog#view}). */
    public ApplicationView get(String applicationNo, ApiUser user) {
        Application application = find(applicationNo);
        if (!access.canReadDetails(application, user)) {
            throw ApiProblemException.forbidden("无权查看该申报");
        }
        if (!ApplicationAccess.isOwner(application, user)) {
            log.info("查看申报：用户 {}，申报 {}", user.userId(), applicationNo);
            auditLog.view(user.userId(), AuditAction.VIEW_APPLICATION, applicationNo, "查看申报详情");
        }
        return view(application, user);
    }

    @Transactional(readOnly = true)
    public List<ApplicationView.Summary> mine(ApiUser user) {
        return applications.numbersOf(user.userId()).stream()
                .map(this::find)
                .map(a -> new ApplicationView.Summary(a.applicationNo(), a.noticeId(), a.status().name(),
                        a.status().label(), a.level() == null ? null : a.level().name(), a.series(), a.specialty(),
                        a.submissionCount(), a.updatedAt()))
                .toList();
    }

    /**
     * The full ID number, for the roles that need it; every view is logged (without the number) and
     * audited in this (read-write) transaction.
     */
    public String revealIdNumber(String applicationNo, ApiUser user) {
        Application application = find(applicationNo);
        if (!access.canRevealIdNumber(application, user)) {
            throw ApiProblemException.forbidden("无权查看完整的身份证号码");
        }
        if (application.idNumberCipher() == null) {
            throw ApiProblemException.notFound("尚未填写身份证号码");
        }
        log.info("查看完整身份证号码：用户 {}，申报 {}", user.userId(), applicationNo);
        auditLog.view(user.userId(), AuditAction.VIEW_ID_NUMBER, applicationNo, "查看完整身份证号码");
        return crypto.decrypt(application.idNumberCipher());
    }

    /**
     * The pre-check as the applicant runs it before submitting: every problem, and the materials asked.
     * Not read-only: the DMN tables it evaluates write the engine's decision history (MySQL refuses
     * writes on a read-only connection).
     */
    @Transactional
    public EligibilityReport check(String applicationNo, ApiUser user) {
        Application application = find(applicationNo);
        if (!access.canReadDetails(application, user)) {
            throw ApiProblemException.forbidden("无权查看该申报");
        }
        return eligibility.report(application, today(now()));
    }

    /**
     * Runs the pre-check, freezes the data as the next snapshot, then starts the notice's process
     * (first submission) or completes the revision task (after a return). Anything the applicant can
     * fix refuses the submission (400 with every problem, the final ones marked). A first submission
     * whose only problems are final goes ahead: the process's own check ends it INELIGIBLE with the
     * reasons on record. A resubmission must be free of problems. The application row stays locked
     * until the end, so two submissions never overlap.
     */
    public ApplicationView submit(String applicationNo, ApiUser user) {
        Application application = applications.lockByNo(applicationNo)
                .orElseThrow(() -> ApiProblemException.notFound("申报不存在"));
        requireOwner(application, user, "只能提交本人的申报");
        windows.requireOpenFor(application);
        requireEditable(application);
        List<AttachmentView> pages = attachments.list(applicationNo);
        EligibilityReport report = eligibility.report(application, today(now()));
        boolean first = application.processInstanceId() == null;
        boolean refused = !report.eligible() && !first
                || report.problems().stream().anyMatch(EligibilityProblem::fixable)
                || application.content().situation().asksDirectRecognition()
                // the direct-recognition process decides only its own conditions: any other final one refuses at once
                && report.finalProblems().stream().anyMatch(p -> !EligibilityRules.DIRECT_RECOGNITION_RULE.equals(p.rule()));
        if (refused) {
            throw ApiProblemException.badRequest(report.eligible() ? "申报信息不完整" : "申报信息不完整或不符合申报条件",
                    report.problems().stream().map(ApplicationService::asFieldProblem).toList());
        }
        Instant now = now();
        application.submitted(ApplicationStatus.SUBMITTED, now);
        snapshots.save(new ApplicationSnapshot(applicationNo, application.submissionCount(),
                snapshotJson(application, pages, now, user), now, user.userId()));
        if (first) {
            application.processStarted(gateway.startProcess(application));
        } else {
            gateway.completeRevision(application);
        }
        applications.saveAndFlush(application);
        log.info("申报已提交：{}，第 {} 次", applicationNo, application.submissionCount());
        return view(application, user);
    }

    private static FieldProblem asFieldProblem(EligibilityProblem p) {
        String message = p.sentence() + (p.fixable() ? "" : "（不符合申报条件，修改无法补正）");
        return new FieldProblem(p.field(), p.rule(), message);
    }

    private String snapshotJson(Application application, List<AttachmentView> pages, Instant now, ApiUser user) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("applicationNo", application.applicationNo());
        data.put("version", application.submissionCount());
        data.put("submittedAt", now);
        data.put("submittedBy", user.userId());
        String masked = IdDocuments.mask(storedIdNumber(application));
        data.put("idType", application.idType().name());
        data.put("idNumberMasked", masked);
        data.put("idNumberCipher", application.idNumberCipher());
        data.put("birthDate", application.birthDate());
        data.put("form", ApplicationForms.toForm(application.content(), application.idType(), masked,
                application.birthDate()));
        data.put("attachments", pages);
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ApplicationView view(Application application, ApiUser user) {
        boolean owner = ApplicationAccess.isOwner(application, user);
        // a returned application's process waits in the revision task, with its fix-window deadline; an ended
        // one keeps the fee its process fixed (read from history)
        ProcessProgress progress = application.status() != ApplicationStatus.DRAFT
                ? gateway.progress(application) : ProcessProgress.NONE;
        String stage = switch (application.status()) {
            case DRAFT -> "填写申报";
            case RETURNED -> "退回修改";
            case SUBMITTED -> progress.stage() == null ? "审核中" : progress.stage();
            default -> "已结束：" + application.status().label();
        };
        Integer fee = progress.fee();
        List<ApplicationView.SubmissionView> submissions = snapshots.history(application.applicationNo()).stream()
                .map(s -> new ApplicationView.SubmissionView(s.version(), s.createdAt(), s.submittedBy())).toList();
        List<ApplicationView.DecisionView> decisionViews = decisions.history(application.applicationNo()).stream()
                .map(d -> new ApplicationView.DecisionView(d.snapshotVersion(), d.taskKey(), d.decision(), d.comment(),
                        reasons(d.returnReasonsJson()), owner ? null : d.actor(), d.decidedAt()))
                .toList();
        String masked = IdDocuments.mask(storedIdNumber(application));
        return new ApplicationView(application.applicationNo(), application.status().name(),
                application.status().label(), stage, progress.activityIds(),
                paths.path(application.content()), application.submissionCount(), fee,
                application.status() == ApplicationStatus.APPROVED ? progress.certificateNo() : null,
                progress.reviseBy(),
                application.applicantUserId(), application.birthDate(),
                ApplicationForms.toForm(application.content(), application.idType(), masked, application.birthDate()),
                attachments.list(application.applicationNo()),
                submissions, decisionViews, application.createdAt(), application.updatedAt(),
                application.submittedAt());
    }

    private List<String> reasons(String value) {
        if (value == null) {
            return List.of();
        }
        try {
            return json.readValue(value, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of(value);
        }
    }

    private void protect(Application application, NewNumber number) {
        String index = crypto.blindIndex(IdDocuments.indexKey(number.type(), number.normalized()));
        refuseDuplicate(application, index, number.type());
        if (!index.equals(application.idNumberIndex())) {
            application.protectIdNumber(number.type(), crypto.encrypt(number.normalized()), index, number.birthDate());
        } else {
            // same number sent again: the stored ciphertext stays as it is; a declared birth date may change
            application.declareBirthDate(number.birthDate());
        }
    }

    /**
     * An applicant with a real-name registration declares under its name and document: the form may leave them
     * out or send them back as read (the number masked); anything else is a 400 naming the field. Other accounts
     * (demo applicants, users from Camunda Admin) declare them on the form as before.
     */
    private ApplicationForm registered(ApplicationForm form, ApiUser user, String storedMasked) {
        if (form == null) {
            return null;
        }
        java.util.Optional<RegisteredPerson> person = people.of(user.userId());
        if (person.isEmpty()) {
            return form;
        }
        RegisteredPerson p = person.get();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (form.name() != null && !form.name().strip().equals(p.name())) {
            problems.add(new FieldProblem("name", "实名", "姓名以实名注册信息为准，不能在申报中修改"));
        }
        if (form.idType() != null && IdDocuments.parseType(form.idType()) != p.idType()) {
            problems.add(new FieldProblem("idType", "实名", "证件类型以实名注册信息为准（" + p.idType().label() + "），不能在申报中修改"));
        }
        String sent = form.idNumber() == null ? null : IdNumbers.normalize(form.idNumber());
        String masked = IdDocuments.mask(p.idNumber());
        if (sent != null && !sent.equals(masked) && !sent.equals(p.idNumber())
                && !sent.equals(storedMasked)) {
            problems.add(new FieldProblem("idNumber", "实名", "证件号码以实名注册信息为准，不能在申报中修改"));
        }
        if (!problems.isEmpty()) {
            throw ApiProblemException.badRequest("申报信息有误", problems);
        }
        return form.withIdentity(p.name(), p.idType().name(), p.idNumber());
    }

    private void refuseDuplicate(Application application, String index, IdType type) {
        String no = application.applicationNo();
        if (applications.idNumberUsedElsewhere(application.noticeId(), index, no == null ? "" : no)) {
            throw ApiProblemException.conflict("该" + type.numberName() + "已在本通知下申报，同一人同一通知只能申报一次");
        }
    }

    private String storedIdNumber(Application application) {
        return application.idNumberCipher() == null ? null : crypto.decrypt(application.idNumberCipher());
    }

    private static Gender gender(IdType type, String idNumber) {
        if (idNumber == null || idNumber.length() != 18 || type == null || !type.encodesGender()) {
            return null;
        }
        return (idNumber.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    private Application find(String applicationNo) {
        return applications.findByNo(applicationNo).orElseThrow(() -> ApiProblemException.notFound("申报不存在"));
    }

    private static void requireOwner(Application application, ApiUser user, String message) {
        if (!ApplicationAccess.isOwner(application, user)) {
            throw ApiProblemException.forbidden(message);
        }
    }

    private static void requireEditable(Application application) {
        switch (application.status()) {
            case DRAFT, RETURNED -> {
                return;
            }
            case SUBMITTED -> throw ApiProblemException.conflict("申报已提交，审核期间不能修改；被退回后方可修改并重新提交");
            default -> throw ApiProblemException.conflict("申报已结束（" + application.status().label() + "），不能再修改");
        }
    }

    static Instant now() {
        return ProductClock.now();
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, BEIJING);
    }
}
