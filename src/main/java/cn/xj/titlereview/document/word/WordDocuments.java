package cn.xj.titlereview.document.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.declaration.ApplicationForm;
import cn.xj.titlereview.declaration.Gender;
import cn.xj.titlereview.document.word.ApplicationRecords.Row;
import cn.xj.titlereview.document.word.ApplicationRecords.Submission;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.security.ApiUser;

/**
 * Word documents prefilled from an application's latest frozen submission, for their issuer to
 * adjust, print, sign and seal. Each document goes to its issuer only (the applicant the pledge, the
 * employer unit its recommendation and integrity certificate, the competent department its
 * recommendation) and to supervisors and administrators, who read everything; never to an expert
 * (blind review), nor to the same roles of another unit. A download by anyone but the applicant is
 * audited in this (read-write) transaction.
 */
@Service
public class WordDocuments {

    static final String DEFAULT_UNIT_OPINION = "本单位已对提供的申报材料逐一审核，真实、完整、有效，同意推荐";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** Room to write by hand where the submission has nothing (full-width spaces keep their width in print). */
    static final String BLANK = "\u3000\u3000\u3000\u3000";
    private static final Logger log = LoggerFactory.getLogger(WordDocuments.class);

    /** A filled document, ready to send. */
    public record Rendered(String fileName, byte[] content) {
    }

    private final ApplicationRecords records;
    private final WordTemplates templates;
    private final NoticeCatalog notices;
    private final OrganisationDirectory organisations;
    private final AuditLog auditLog;

    WordDocuments(ApplicationRecords records, WordTemplates templates, NoticeCatalog notices,
                  OrganisationDirectory organisations, AuditLog auditLog) {
        this.records = records;
        this.templates = templates;
        this.notices = notices;
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    /**
     * The document of that kind ({@code recommendation}, {@code competent-recommendation},
     * {@code integrity}, {@code pledge}): 404 for an unknown kind or application, 403 for anyone but
     * its issuer (and supervision), 409 before the application is submitted, and for the competent
     * department's recommendation before the unit has recommended.
     */
    @Transactional
    public Rendered render(String applicationNo, String slug, ApiUser user) {
        DocumentKind kind = DocumentKind.ofSlug(slug)
                .orElseThrow(() -> ApiProblemException.notFound("没有这种文书：" + slug));
        Row row = records.row(applicationNo).orElseThrow(() -> ApiProblemException.notFound("申报不存在"));
        Optional<Submission> submission = records.latestSubmission(applicationNo);
        String unitCode = submission.map(s -> s.form().employerUnitCode()).orElse(row.unitCode());
        boolean owner = row.applicantUserId().equals(user.userId());
        requireIssuer(kind, owner, unitCode, user);
        if (submission.isEmpty()) {
            throw ApiProblemException.conflict("申报尚未提交，提交后才能生成" + kind.label());
        }
        if (kind == DocumentKind.COMPETENT_RECOMMENDATION && !records.unitRecommended(applicationNo)) {
            throw ApiProblemException.conflict("用人单位尚未审核推荐，暂不能生成主管部门推荐意见");
        }
        NoticeDefinition notice = notices.find(row.noticeId()).orElse(null);
        WordTemplates.Template template = templates.find(kind, row.noticeId(), notice == null ? null : notice.year());
        byte[] content = fill(template, values(submission.get(), notice, unitCode, applicationNo));
        if (!owner) {
            log.info("下载文书：用户 {}，申报 {}，{}", user.userId(), applicationNo, kind.label());
            auditLog.view(user.userId(), AuditAction.VIEW_DOCUMENT, applicationNo, "下载" + kind.label() + "（Word）");
        }
        return new Rendered(kind.label() + "-" + applicationNo + ".docx", content);
    }

    private void requireIssuer(DocumentKind kind, boolean owner, String unitCode, ApiUser user) {
        boolean issuer = switch (kind.issuer()) {
            case APPLICANT -> owner;
            case UNIT -> unitCode != null && user.isMemberOf(RoleGroups.unit(unitCode));
            case COMPETENT -> competentOf(unitCode).map(c -> user.isMemberOf(RoleGroups.competent(c))).orElse(false);
        };
        boolean supervision = user.isMemberOf(RoleGroups.ADMIN) || user.isMemberOf(RoleGroups.SUPERVISOR);
        if (issuer || supervision) {
            return;
        }
        if (user.isMemberOfAny("expert")) {
            throw ApiProblemException.forbidden("评审专家不能获取申报人的文书（盲评）");
        }
        String by = switch (kind.issuer()) {
            case APPLICANT -> "申报人本人";
            case UNIT -> "申报人的用人单位";
            case COMPETENT -> "用人单位的主管部门";
        };
        throw ApiProblemException.forbidden("无权获取该申报的" + kind.label() + "：只有" + by + "可以获取");
    }

    private Optional<String> competentOf(String unitCode) {
        return unitCode == null ? Optional.empty() : organisations.employerUnit(unitCode).map(EmployerUnit::competent);
    }

    Map<String, String> values(Submission submission, NoticeDefinition notice, String unitCode, String applicationNo) {
        ApplicationForm form = submission.form();
        LocalDate today = LocalDate.ofInstant(ProductClock.now(), BeijingTime.ZONE);
        Map<DocumentField, String> v = new EnumMap<>(DocumentField.class);
        v.put(DocumentField.APPLICATION_NO, applicationNo);
        v.put(DocumentField.NAME, form.name());
        v.put(DocumentField.GENDER, label(form.gender(), Gender.class));
        v.put(DocumentField.ETHNICITY, form.ethnicity());
        v.put(DocumentField.POLITICS, form.politics());
        v.put(DocumentField.ID_NUMBER_MASKED, submission.idNumberMasked());
        v.put(DocumentField.UNIT_NAME, unitCode == null ? null
                : organisations.employerUnit(unitCode).map(EmployerUnit::name).orElse(null));
        v.put(DocumentField.COMPETENT_NAME, competentOf(unitCode).flatMap(organisations::competentName).orElse(null));
        v.put(DocumentField.SERIES, form.series());
        v.put(DocumentField.SPECIALTY, form.specialty());
        v.put(DocumentField.LEVEL, label(form.level(), Level.class));
        if (form.currentTitle() != null) {
            v.put(DocumentField.CURRENT_TITLE, form.currentTitle().name());
            v.put(DocumentField.CURRENT_TITLE_DATE, chineseDate(form.currentTitle().obtainedOn()));
        }
        v.put(DocumentField.NOTICE_TITLE, notice == null ? null : notice.title());
        v.put(DocumentField.NOTICE_YEAR, notice == null || notice.year() == null ? null : String.valueOf(notice.year()));
        v.put(DocumentField.UNIT_OPINION, notice != null && notice.texts() != null && notice.texts().unitOpinion() != null
                ? notice.texts().unitOpinion() : DEFAULT_UNIT_OPINION);
        v.put(DocumentField.SUBMITTED_DATE, CHINESE_DATE.format(LocalDate.ofInstant(submission.submittedAt(), BeijingTime.ZONE)));
        v.put(DocumentField.TODAY, CHINESE_DATE.format(today));
        v.put(DocumentField.YEAR, String.valueOf(today.getYear()));
        Map<String, String> byKey = new LinkedHashMap<>();
        v.forEach((field, value) -> byKey.put(field.key(), value == null || value.isBlank() ? BLANK : value));
        for (DocumentField field : DocumentField.values()) {
            byKey.putIfAbsent(field.key(), BLANK);
        }
        return byKey;
    }

    private static byte[] fill(WordTemplates.Template template, Map<String, String> values) {
        try (XWPFDocument document = template.open(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Placeholders.fill(document, values);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("文书模板无法读取：" + template.path(), e);
        }
    }

    private static <E extends Enum<E> & cn.xj.titlereview.notice.Labelled> String label(String code, Class<E> type) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String chineseDate(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return null;
        }
        try {
            return CHINESE_DATE.format(LocalDate.parse(isoDate));
        } catch (RuntimeException e) {
            return isoDate;
        }
    }
}
