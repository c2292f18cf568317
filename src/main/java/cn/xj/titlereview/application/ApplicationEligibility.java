package cn.xj.titlereview.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.xj.titlereview.attachment.AttachmentService;
import cn.xj.titlereview.attachment.AttachmentView;
import cn.xj.titlereview.declaration.ApplicationContent;
import cn.xj.titlereview.declaration.FormDemands;
import cn.xj.titlereview.declaration.SubmissionCheck;
import cn.xj.titlereview.eligibility.ApplicantBans;
import cn.xj.titlereview.eligibility.EligibilityDecisions;
import cn.xj.titlereview.eligibility.EligibilityProblem;
import cn.xj.titlereview.eligibility.EligibilityReport.MaterialStatus;
import cn.xj.titlereview.eligibility.EligibilityReport;
import cn.xj.titlereview.eligibility.EligibilityRules;
import cn.xj.titlereview.eligibility.FormDemandRules;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticeDefinition;

/**
 * The pre-check of one application: the completeness of the form ({@link SubmissionCheck}) and the
 * notice's conditions ({@link EligibilityRules}), in one report. A notice not in the catalogue (a
 * test process deployed by hand) has no conditions: only completeness and the ID card and photo.
 */
@Component
public class ApplicationEligibility {

    /** What every notice asks for, used when the notice file is not known. */
    static final List<MaterialStatus> BASIC_MATERIALS = List.of(
            new MaterialStatus("id-card", "身份证扫描件", null, false),
            new MaterialStatus("photo", "近期一寸免冠照片", null, false));

    private final NoticeCatalog notices;
    private final AttachmentService attachments;
    private final OrganisationDirectory organisations;
    private final ApplicantBans bans;
    private final EligibilityDecisions decisions;
    private final DeclaredPaths paths;

    ApplicationEligibility(NoticeCatalog notices, AttachmentService attachments, OrganisationDirectory organisations,
                           ApplicantBans bans, EligibilityDecisions decisions, DeclaredPaths paths) {
        this.notices = notices;
        this.attachments = attachments;
        this.organisations = organisations;
        this.bans = bans;
        this.decisions = decisions;
        this.paths = paths;
    }

    public EligibilityReport report(Application application, LocalDate today) {
        List<AttachmentView> pages = attachments.list(application.applicationNo());
        Set<String> uploaded = pages.stream().map(AttachmentView::category).collect(Collectors.toSet());
        ApplicationContent content = application.content();
        Optional<NoticeDefinition> notice = notices.find(application.noticeId());
        // what the notice demands of this form: the same facts as its conditions, each with its clause
        FormDemands demands = notice.map(n -> FormDemandRules.of(n, content)).orElseGet(FormDemandRules::unknownNotice);
        List<EligibilityProblem> problems = new ArrayList<>();
        for (SubmissionCheck.Problem p : SubmissionCheck.check(content, application.idNumberCipher() != null,
                application.birthDate() != null, pages, demands)) {
            problems.add(new EligibilityProblem(p.field(), p.rule(), p.message(), p.clause(), true));
        }
        Optional<EmployerUnit> unit = Optional.ofNullable(content.employerUnitCode()).flatMap(organisations::employerUnit);
        if (content.employerUnitCode() != null && unit.isEmpty()) {
            problems.add(new EligibilityProblem("employerUnitCode", "登记", "用人单位代码“" + content.employerUnitCode()
                    + "”未在组织机构目录中登记，请核对（见 GET /api/units）", demands.formClause(), true));
        }
        paths.committeeMissing(content).ifPresent(problems::add);
        if (notice.isEmpty()) {
            List<MaterialStatus> materials = BASIC_MATERIALS.stream()
                    .map(m -> new MaterialStatus(m.id(), m.name(), null, uploaded.contains(m.id()))).toList();
            materials.stream().filter(m -> !m.uploaded()).forEach(m -> problems.add(new EligibilityProblem(
                    "attachments." + m.id(), "必传材料", "缺少材料：" + m.name(), demands.formClause(), true)));
            return EligibilityReport.of(application.applicationNo(), application.noticeId(), problems, materials);
        }
        EligibilityRules.Input input = new EligibilityRules.Input(application.applicationNo(), notice.get(), content,
                uploaded, today, bans.activeBan(application.idNumberIndex(), today), unit.map(EmployerUnit::name),
                paths.delegation(content));
        EligibilityReport rules = EligibilityRules.check(input, decisions);
        problems.addAll(rules.problems());
        return EligibilityReport.of(application.applicationNo(), application.noticeId(), problems, rules.materials());
    }
}
