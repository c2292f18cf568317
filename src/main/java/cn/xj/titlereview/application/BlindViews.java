package cn.xj.titlereview.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.attachment.AttachmentService;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.declaration.Accomplishment;
import cn.xj.titlereview.declaration.ApplicationContent;
import cn.xj.titlereview.declaration.Award;
import cn.xj.titlereview.declaration.Book;
import cn.xj.titlereview.declaration.CurrentTitle;
import cn.xj.titlereview.declaration.EducationEntry;
import cn.xj.titlereview.declaration.IntellectualProperty;
import cn.xj.titlereview.declaration.Paper;
import cn.xj.titlereview.declaration.WorkPeriod;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.security.ApiUser;
import cn.xj.titlereview.security.IdNumberCrypto;

/**
 * Builds the blind view ({@link BlindView}) for the experts and committee, and for the applicant,
 * who may check what the experts will read: the applicant's name, the unit's name, the phone and the
 * ID number read "XXX" wherever the applicant wrote them. Every view by someone else goes to the
 * audit log.
 */
@Service
public class BlindViews {

    static final String REDACTED = "XXX";

    private final ApplicationRepository applications;
    private final ApplicationAccess access;
    private final AttachmentService attachments;
    private final OrganisationDirectory organisations;
    private final AuditLog auditLog;
    private final IdNumberCrypto crypto;

    BlindViews(ApplicationRepository applications, ApplicationAccess access, AttachmentService attachments,
               OrganisationDirectory organisations, AuditLog auditLog, IdNumberCrypto crypto) {
        this.applications = applications;
        this.access = access;
        this.attachments = attachments;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.crypto = crypto;
    }

    /** Read-write: a view by someone else is audited in this transaction ({@link AuditLog#view}). */
    @Transactional
    public BlindView view(String applicationNo, ApiUser user) {
        Application application = applications.findByNo(applicationNo)
                .orElseThrow(() -> ApiProblemException.notFound("申报不存在"));
        if (!access.reach(application, user).blindView()) {
            throw ApiProblemException.forbidden("无权查看该申报");
        }
        if (!ApplicationAccess.isOwner(application, user)) {
            auditLog.view(user.userId(), AuditAction.VIEW_BLIND_REVIEW, applicationNo, "查看盲评视图");
        }
        ApplicationContent c = application.content();
        String unitName = c.employerUnitCode() == null ? null
                : organisations.employerUnit(c.employerUnitCode()).map(EmployerUnit::name).orElse(null);
        String idNumber = application.idNumberCipher() == null ? null : crypto.decrypt(application.idNumberCipher());
        // the phone and ID number may turn up in free text too
        Redactor r = new Redactor(c.name(), unitName, c.phone(), idNumber,
                idNumber == null ? null : idNumber.toLowerCase(Locale.ROOT));
        CurrentTitle title = c.currentTitle();
        return new BlindView(application.applicationNo(), c.noticeId(), c.series(), c.specialty(), c.subSpecialty(),
                c.level() == null ? null : c.level().name(), c.level() == null ? null : c.level().label(),
                title == null ? null : r.text(title.name()), title == null ? null : title.obtainedOn(),
                c.professionYears(),
                map(c.education(), e -> new EducationEntry(e.level(), r.text(e.school()), r.text(e.major()),
                        e.graduationDate(), e.fullTime(), r.text(e.degree()), null)),
                map(c.workHistory(), w -> new WorkPeriod(w.from(), w.to(), REDACTED, r.text(w.position()))),
                map(c.practice(), r::accomplishment),
                map(c.achievements(), r::accomplishment),
                map(c.awards(), a -> new Award(r.text(a.name()), r.text(a.grantor()), a.date())),
                map(c.intellectualProperty(), p -> new IntellectualProperty(r.text(p.name()), r.text(p.kind()),
                        r.text(p.number()), p.date())),
                map(c.books(), b -> new Book(r.text(b.title()), r.text(b.publisher()), b.date(), r.text(b.role()))),
                map(c.papers(), p -> new Paper(r.text(p.title()), r.text(p.journal()), p.date(),
                        r.text(p.authorRank()))),
                r.text(c.workSummary()),
                attachments.list(applicationNo).stream()
                        .map(a -> new BlindView.Page(a.id(), a.category(), a.width(), a.height())).toList());
    }

    private static <T> List<T> map(List<T> items, Function<T, T> redact) {
        return items.stream().map(redact).toList();
    }

    /** Replaces the applicant's name, the unit's name, phone and ID number in free text, longest first. */
    static final class Redactor {

        private final List<String> words;

        Redactor(String... words) {
            List<String> list = new ArrayList<>();
            Stream.of(words).filter(w -> w != null && !w.isBlank() && !"无".equals(w.strip()))
                    .map(String::strip).forEach(list::add);
            // a unit name may contain the person's name or a shorter unit name: replace the longest first
            list.sort(Comparator.comparingInt(String::length).reversed());
            this.words = List.copyOf(list);
        }

        String text(String value) {
            if (value == null) {
                return null;
            }
            String result = value;
            for (String word : words) {
                result = result.replace(word, REDACTED);
            }
            return result;
        }

        Accomplishment accomplishment(Accomplishment a) {
            return new Accomplishment(text(a.title()), a.from(), a.to(), text(a.role()), text(a.description()));
        }
    }
}
