package cn.xj.titlereview.document;

import static cn.xj.titlereview.document.FormModel.row;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.application.ApplicationStatus;
import cn.xj.titlereview.attachment.ApplicationAttachmentAccess.Access;
import cn.xj.titlereview.attachment.ApplicationAttachmentAccess;
import cn.xj.titlereview.attachment.AttachmentService;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.document.pdf.DocumentTemplates.Scope;
import cn.xj.titlereview.document.pdf.DocumentTemplates;
import cn.xj.titlereview.document.pdf.PdfRenderer.Decoration;
import cn.xj.titlereview.document.pdf.PdfRenderer;
import cn.xj.titlereview.document.pdf.QrCodes;
import cn.xj.titlereview.document.settings.DocumentProperties;
import cn.xj.titlereview.document.source.DocumentRecords.ApplicationRow;
import cn.xj.titlereview.document.source.DocumentRecords.CertificateRow;
import cn.xj.titlereview.document.source.DocumentRecords.DecisionRow;
import cn.xj.titlereview.document.source.DocumentRecords;
import cn.xj.titlereview.document.source.Labels;
import cn.xj.titlereview.document.source.ProcessFacts.Publicity;
import cn.xj.titlereview.document.source.ProcessFacts;
import cn.xj.titlereview.document.verify.DocumentKind;
import cn.xj.titlereview.document.verify.VerificationCodes.Code;
import cn.xj.titlereview.document.verify.VerificationCodes;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.notice.Labelled;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeFlow;
import cn.xj.titlereview.process.HrConfirmProcess;
import cn.xj.titlereview.security.ApiUser;

/**
 * Builds the documents of an application and of a notice. Who may fetch: the applicant and the
 * groups that review the application ({@link ApplicationAttachmentAccess}: its unit, competent
 * department, committee office, HR bureau; supervisors); experts never (盲评), others 403. Each fetch by
 * someone other than the applicant is audited in the transaction that reads the data; the PDF is
 * rendered after it. A step not reached yet is a 409 that says which.
 */
@Service
public class DocumentService {

    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

    static final String COMMITTEE_INTAKE = "committee_intake";
    static final String UNIT_REVIEW = "unit_review";
    static final String UNIT_OBJECTION_REVIEW = "unit_objection_review";
    static final String COMPETENT_RECOMMEND = "competent_recommend";
    static final String APPROVE = "APPROVE";

    /** A rendered document and the name to offer. */
    public record Document(byte[] content, String fileName) {
    }

    private final DocumentRecords records;
    private final ProcessFacts facts;
    private final VerificationCodes codes;
    private final DocumentTemplates templates;
    private final PdfRenderer renderer;
    private final ApplicationAttachmentAccess access;
    private final AttachmentService attachments;
    private final AuditLog auditLog;
    private final NoticeCatalog notices;
    private final OrganisationDirectory organisations;
    private final DocumentProperties properties;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    DocumentService(DocumentRecords records, ProcessFacts facts, VerificationCodes codes, DocumentTemplates templates,
                    PdfRenderer renderer, ApplicationAttachmentAccess access, AttachmentService attachments,
                    AuditLog auditLog, NoticeCatalog notices, OrganisationDirectory organisations,
                    DocumentProperties properties, ObjectMapper json, PlatformTransactionManager transactionManager) {
        this.records = records;
        this.facts = facts;
        this.codes = codes;
        this.templates = templates;
        this.renderer = renderer;
        this.access = access;
        this.attachments = attachments;
        this.auditLog = auditLog;
        this.notices = notices;
        this.organisations = organisations;
        this.properties = properties;
        this.json = json;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    private record Prepared(String template, Scope scope, Map<String, Object> model, Decoration decoration,
                            String fileName) {
    }

    // ------------------------------------------------------------------ 评审表 / 呈报表

    /**
     * The review form (评审表), or for an initial determination or a direct recognition the 呈报表: from
     * the submission the step approved, available once the committee accepted it in its formal review
     * (评审) or the unit approved it (初定, 直接认定).
     */
    public Document form(String applicationNo, ApiUser user) {
        return render(transaction.execute(status -> {
            ApplicationRow application = readable(applicationNo, user, "评审表");
            NoticeDefinition notice = notice(application.noticeId());
            SubmittedApplication latest = snapshot(application, application.submissionCount());
            boolean initial = notice.flow() == NoticeFlow.INITIAL_DETERMINATION
                    || Boolean.TRUE.equals(latest.form().situation() == null ? null
                    : latest.form().situation().directRecognition());
            DocumentKind kind = initial ? DocumentKind.INITIAL_FORM : DocumentKind.REVIEW_FORM;
            String step = initial ? UNIT_REVIEW : COMMITTEE_INTAKE;
            DecisionRow approved = records.decisions(applicationNo).stream()
                    .filter(d -> step.equals(d.taskKey()) && APPROVE.equals(d.decision()))
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> ApiProblemException.conflict(initial
                            ? "用人单位审核通过后方可打印《" + kind.label() + "》"
                            : "评审委员会形式审核通过后方可打印《" + kind.label() + "》"));
            SubmittedApplication submitted = approved.snapshotVersion() == latest.version() ? latest
                    : snapshot(application, approved.snapshotVersion());
            audit(application, user, "下载《" + kind.label() + "》");
            Code code = codes.codeFor(kind, applicationNo, submitted.version(), null);
            Scope scope = new Scope(notice.id(), notice.year());
            Map<String, Object> model = common(notice, application, submitted, code);
            model.put("kind", kind.label());
            model.put("f", FormModel.of(submitted, unitName(submitted.form().employerUnitCode())));
            String template = initial ? "initial-form.html" : "review-form.html";
            return new Prepared(template, scope, model, printed(applicationNo, code, templates.wording(scope)),
                    applicationNo + "-" + (initial ? "chengbaobiao" : "pingshenbiao") + ".pdf");
        }));
    }

    // ------------------------------------------------------------------ 电子职称证书

    /** The electronic title certificate, once the HR bureau confirmed the result and issued the number. */
    public Document certificate(String applicationNo, ApiUser user) {
        return render(transaction.execute(status -> {
            ApplicationRow application = readable(applicationNo, user, "电子职称证书");
            CertificateRow certificate = records.certificate(applicationNo)
                    .filter(c -> ApplicationStatus.APPROVED.name().equals(application.status()))
                    .orElseThrow(() -> ApiProblemException.conflict("人社部门审核确认后方可下载电子职称证书"));
            NoticeDefinition notice = notice(application.noticeId());
            SubmittedApplication submitted = snapshot(application, application.submissionCount());
            audit(application, user, "下载电子职称证书 " + certificate.certificateNo());
            Code code = codes.codeFor(DocumentKind.CERTIFICATE, applicationNo, 0, certificate.certificateNo());
            String verifyUrl = verifyUrl(code);
            Scope scope = new Scope(notice.id(), notice.year());
            Map<String, Object> model = common(notice, application, submitted, code);
            model.put("f", FormModel.of(submitted, unitName(submitted.form().employerUnitCode())));
            model.put("certificateNo", certificate.certificateNo());
            model.put("issuedOn", Labels.day(certificate.issuedAt()));
            model.put("titleName", titleName(notice, submitted));
            model.put("bureau", bureauName(applicationNo, notice));
            model.put("verifyUrl", verifyUrl);
            model.put("qr", QrCodes.pngDataUri(verifyUrl, 360));
            model.put("photo", submitted.page("photo").map(p -> photo(p.id(), user)).orElse(null));
            return new Prepared("certificate.html", scope, model,
                    new Decoration(List.of(), null, false, false), certificate.certificateNo() + ".pdf");
        }));
    }

    // ------------------------------------------------------------------ 公示结果

    /** The 《公示结果》 the unit hands in: once the unit publicity ended and the unit recommended. */
    public Document publicityResult(String applicationNo, ApiUser user) {
        return render(transaction.execute(status -> {
            ApplicationRow application = readable(applicationNo, user, "公示结果");
            Publicity publicity = facts.unitPublicity(applicationNo)
                    .filter(p -> facts.reached(applicationNo, COMPETENT_RECOMMEND))
                    .orElseThrow(() -> ApiProblemException.conflict("单位公示期满、单位同意推荐后方可打印《公示结果》"));
            NoticeDefinition notice = notice(application.noticeId());
            SubmittedApplication submitted = snapshot(application, application.submissionCount());
            audit(application, user, "下载《公示结果》");
            Scope scope = new Scope(notice.id(), notice.year());
            Map<String, Object> model = common(notice, application, submitted, null);
            model.put("f", FormModel.of(submitted, unitName(submitted.form().employerUnitCode())));
            model.put("publicity", publicity(publicity));
            model.put("objectionRaised", facts.reached(applicationNo, UNIT_OBJECTION_REVIEW));
            return new Prepared("publicity-result.html", scope, model, Decoration.PLAIN,
                    applicationNo + "-gongshijieguo.pdf");
        }));
    }

    // ------------------------------------------------------------------ 单位公示

    /** The unit publicity (PDF) of a notice's applicants of one unit whose publicity has started. */
    public Document unitPublicity(String noticeId, String unitCode, ApiUser user) {
        return render(transaction.execute(status -> unitPublicityPrepared(noticeId, unitCode, user)));
    }

    /** The same, as a page to post or print from a browser. */
    public String unitPublicityPage(String noticeId, String unitCode, ApiUser user) {
        Prepared prepared = transaction.execute(status -> unitPublicityPrepared(noticeId, unitCode, user));
        return templates.render(prepared.template(), prepared.scope(), prepared.model());
    }

    private Prepared unitPublicityPrepared(String noticeId, String unitCode, ApiUser user) {
        NoticeDefinition notice = notice(noticeId);
        if (unitCode == null || unitCode.isBlank()) {
            throw ApiProblemException.badRequest("请指定用人单位",
                    List.of(new cn.xj.titlereview.api.FieldProblem("unit", "必填", "请以 unit 参数给出用人单位代码")));
        }
        EmployerUnit unit = organisations.employerUnit(unitCode)
                .orElseThrow(() -> ApiProblemException.notFound("用人单位不存在"));
        boolean allowed = supervises(user) || user.isMemberOf(RoleGroups.unit(unit.code()))
                || unit.competent() != null && user.isMemberOf(RoleGroups.competent(unit.competent()));
        if (!allowed) {
            throw ApiProblemException.forbidden("只有本单位及其主管部门可以获取本单位的公示");
        }
        List<Map<String, Object>> people = new ArrayList<>();
        for (ApplicationRow application : records.submittedOf(noticeId, unit.code())) {
            Optional<Publicity> publicity = facts.unitPublicity(application.applicationNo());
            Optional<SubmittedApplication> listed = publicity.isEmpty() ? Optional.empty() : listedSnapshot(application);
            if (listed.isEmpty()) {
                continue;
            }
            SubmittedApplication submitted = listed.get();
            Map<String, Object> person = FormModel.of(submitted, unit.name());
            person.put("applicationNo", application.applicationNo());
            person.put("publicity", publicity(publicity.get()));
            people.add(person);
            auditLog.view(user.userId(), AuditAction.VIEW_DOCUMENT, application.applicationNo(), "下载单位公示");
        }
        if (people.isEmpty()) {
            throw ApiProblemException.conflict("本单位在该通知下尚无进入公示的申报（单位审核同意后开始公示）");
        }
        Scope scope = new Scope(notice.id(), notice.year());
        Map<String, Object> model = new java.util.LinkedHashMap<>();
        model.put("notice", row("id", notice.id(), "title", notice.title(), "year", notice.year()));
        model.put("unitName", unit.name());
        model.put("people", people);
        return new Prepared("unit-publicity.html", scope, model, Decoration.PLAIN,
                noticeId + "-" + unit.code() + "-danweigongshi.pdf");
    }

    // ------------------------------------------------------------------ 评审结果公示

    /** The committee's result publicity list: the applications of the notice this user reviews whose result publicity started. */
    public Document resultPublicity(String noticeId, ApiUser user) {
        return render(transaction.execute(status -> {
            NoticeDefinition notice = notice(noticeId);
            boolean supervises = supervises(user);
            boolean reviewsAny = false;
            List<Map<String, Object>> people = new ArrayList<>();
            String committeeName = null;
            for (ApplicationRow application : records.submittedOf(noticeId, null)) {
                if (!supervises && access.accessTo(application.applicationNo(), user) != Access.REVIEW) {
                    continue;
                }
                reviewsAny = true;
                Optional<Publicity> publicity = facts.resultPublicity(application.applicationNo());
                Optional<SubmittedApplication> listed = publicity.isEmpty() ? Optional.empty() : listedSnapshot(application);
                if (listed.isEmpty()) {
                    continue;
                }
                SubmittedApplication submitted = listed.get();
                Map<String, Object> person = FormModel.of(submitted, unitName(application.unitCode()));
                person.put("applicationNo", application.applicationNo());
                person.put("titleName", titleName(notice, submitted));
                person.put("publicity", publicity(publicity.get()));
                people.add(person);
                if (committeeName == null) {
                    committeeName = facts.rootVariable(application.applicationNo(), cn.xj.titlereview.process.CampaignVariables.COMMITTEE_GROUP)
                            .flatMap(g -> organisations.committee(g.substring("committee".length())))
                            .map(c -> c.name()).orElse(null);
                }
                auditLog.view(user.userId(), AuditAction.VIEW_DOCUMENT, application.applicationNo(), "下载评审结果公示");
            }
            if (!supervises && !reviewsAny) {
                throw ApiProblemException.forbidden("无权获取该通知的评审结果公示");
            }
            if (people.isEmpty()) {
                throw ApiProblemException.conflict("该通知尚无进入评审结果公示的人员（评审会表决通过后开始公示）");
            }
            Scope scope = new Scope(notice.id(), notice.year());
            Map<String, Object> model = new java.util.LinkedHashMap<>();
            model.put("notice", row("id", notice.id(), "title", notice.title(), "year", notice.year()));
            model.put("committeeName", committeeName == null
                    ? (organisations.committeesOf(noticeId).size() == 1 ? organisations.committeesOf(noticeId).get(0).name() : "评审委员会") : committeeName);
            model.put("people", people);
            model.put("period", people.get(0).get("publicity"));
            return new Prepared("result-publicity.html", scope, model,
                    new Decoration(List.of(), null, true, false), noticeId + "-pingshenjieguogongshi.pdf");
        }));
    }

    // ------------------------------------------------------------------ shared

    private Document render(Prepared prepared) {
        String xhtml = templates.render(prepared.template(), prepared.scope(), prepared.model());
        return new Document(renderer.render(xhtml, prepared.decoration()), prepared.fileName());
    }

    /** The watermark and margin note of a printed form, in the notice's wording. */
    private static Decoration printed(String applicationNo, Code code, Map<String, String> wording) {
        String validity = wording.getOrDefault("watermark.validity", "有水印为有效");
        String line = "申报编号 " + applicationNo + " 核验码 " + code.display();
        return new Decoration(List.of(line, validity), line + "  " + validity, true, true);
    }

    private Map<String, Object> common(NoticeDefinition notice, ApplicationRow application,
                                       SubmittedApplication submitted, Code code) {
        Map<String, Object> model = new java.util.LinkedHashMap<>();
        model.put("notice", row("id", notice.id(), "title", notice.title(), "year", notice.year(),
                "issuer", notice.issuer() == null ? "" : Objects.toString(notice.issuer().name(), "")));
        model.put("applicationNo", application.applicationNo());
        model.put("version", submitted.version());
        model.put("submittedAt", Labels.minute(submitted.submittedAt()));
        if (code != null) {
            model.put("code", code.display());
            model.put("verifyUrl", verifyUrl(code));
        }
        return model;
    }

    private Map<String, Object> publicity(Publicity p) {
        return row("start", Labels.day(p.startDate()), "end", Labels.day(p.endDate()), "workingDays", p.workingDays());
    }

    private String verifyUrl(Code code) {
        return properties.baseUrl() + "/verify/" + code.display();
    }

    /** The application, if this user may fetch its documents; experts never. */
    private ApplicationRow readable(String applicationNo, ApiUser user, String what) {
        Access granted = access.accessTo(applicationNo, user);
        switch (granted) {
            case EDIT, OWNER_READ, REVIEW -> {
                return records.application(applicationNo)
                        .orElseThrow(() -> ApiProblemException.notFound("申报不存在"));
            }
            case BLIND_REVIEW -> throw ApiProblemException.forbidden("评审专家不能获取申报文书（" + what + "），以保证盲评");
            default -> throw ApiProblemException.forbidden("无权获取该申报的" + what);
        }
    }

    private void audit(ApplicationRow application, ApiUser user, String detail) {
        if (!application.applicantUserId().equals(user.userId())) {
            auditLog.view(user.userId(), AuditAction.VIEW_DOCUMENT, application.applicationNo(), detail);
        }
    }

    private SubmittedApplication snapshot(ApplicationRow application, int version) {
        return parsedSnapshot(application, version).orElseThrow(() -> ApiProblemException.conflict("申报尚未提交"));
    }

    private Optional<SubmittedApplication> parsedSnapshot(ApplicationRow application, int version) {
        return records.snapshot(application.applicationNo(), version)
                .map(s -> SubmittedApplication.parse(json, application.applicationNo(), s.version(), s.createdAt(),
                        s.dataJson()));
    }

    /**
     * The submitted data of one person on a list (publicity sheets): a record without its submission snapshot,
     * which a submission always writes, is left off the list with a warning instead of failing everyone's sheet.
     */
    private Optional<SubmittedApplication> listedSnapshot(ApplicationRow application) {
        Optional<SubmittedApplication> submitted = parsedSnapshot(application, application.submissionCount());
        if (submitted.isEmpty()) {
            log.warn("申报 {} 没有第 {} 次提交的快照，未列入公示名单", application.applicationNo(),
                    application.submissionCount());
        }
        return submitted;
    }

    private NoticeDefinition notice(String noticeId) {
        return notices.find(noticeId).orElseThrow(() -> ApiProblemException.notFound("通知不存在"));
    }

    private String unitName(String unitCode) {
        return unitCode == null ? null : organisations.employerUnit(unitCode).map(EmployerUnit::name).orElse(unitCode);
    }

    private static boolean supervises(ApiUser user) {
        return user.isMemberOf(RoleGroups.ADMIN) || user.isMemberOf(RoleGroups.SUPERVISOR);
    }

    /** The title the notice's scope names for the series, specialty and level (e.g. 正高级工程师). */
    static String titleName(NoticeDefinition notice, SubmittedApplication submitted) {
        String series = submitted.form().series();
        String specialty = submitted.form().specialty();
        String level = submitted.form().level();
        if (notice.scope() != null) {
            for (NoticeDefinition.ScopeEntry entry : notice.scope().entries()) {
                boolean matches = Objects.equals(entry.series(), series)
                        && (entry.specialties() == null || entry.specialties().isEmpty()
                        || entry.specialties().contains(specialty));
                if (!matches) {
                    continue;
                }
                for (NoticeDefinition.ScopeLevel l : entry.levels()) {
                    if (l.code() != null && l.code().name().equals(level) && l.title() != null) {
                        return l.title();
                    }
                }
            }
        }
        return Labelled.parse(Level.class, level).map(Level::label).orElse("") + Objects.toString(series, "");
    }

    private String bureauName(String applicationNo, NoticeDefinition notice) {
        return facts.rootVariable(applicationNo, HrConfirmProcess.HRB_GROUP)
                .map(g -> g.substring("hrb".length()))
                .flatMap(organisations::hrBureau)
                .or(() -> organisations.hrBureauFor(notice.id()))
                .map(b -> b.name()).orElse(notice.issuer() == null ? "" : notice.issuer().name());
    }

    private String photo(String attachmentId, ApiUser user) {
        byte[] jpeg = attachments.download(attachmentId, false, user).content();
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg);
    }
}
