package cn.xj.titlereview.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.security.ApiUser;

/**
 * The offices' list of applications ({@code GET /api/applications} for anyone in an office group, a
 * supervisor or an administrator): only what {@link ApplicationAccess} lets the user read (its unit,
 * competent department, committee office or HR bureau; every submitted one for supervisors and
 * administrators; never a draft), filtered by notice, unit, status and current step, newest first, a
 * page at a time with the total. The current step comes from the engine ({@link ApplicationProcessGateway#progress}):
 * the open task keys, or the activities the process waits in.
 *
 * <p>Every application the filters leave is checked against the user's reach, one by one (the engine's
 * routing is the source of truth, a delegation letter included): fine at the size of a prefecture's
 * campaign (thousands), not meant for a nation's.
 */
@Component
class ApplicationListing {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    private static final Pattern STEP = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern UNIT = Pattern.compile("[0-9A-Za-z]{1,32}");

    private final ApplicationRepository applications;
    private final ApplicationAccess access;
    private final ApplicationProcessGateway gateway;
    private final NoticeCatalog notices;
    private final OrganisationDirectory organisations;

    ApplicationListing(ApplicationRepository applications, ApplicationAccess access, ApplicationProcessGateway gateway,
                       NoticeCatalog notices, OrganisationDirectory organisations) {
        this.applications = applications;
        this.access = access;
        this.gateway = gateway;
        this.notices = notices;
        this.organisations = organisations;
    }

    /** Offices, supervisors and administrators list; anyone else (an applicant) lists their own. */
    static boolean listsForOffice(ApiUser user) {
        return user.isMemberOf(RoleGroups.ADMIN) || user.isMemberOf(RoleGroups.SUPERVISOR)
                || user.groups().stream().anyMatch(RoleGroups::isOfficeGroup);
    }

    /** The query as sent: every value a string, so that each bad one is named in Chinese. */
    record Query(String notice, String unit, String status, String step, String page, String size) {
    }

    @Transactional(readOnly = true)
    public ApplicationView.Page list(Query query, ApiUser user) {
        Problems problems = new Problems();
        String notice = blankToNull(query.notice());
        if (notice != null && notices.find(notice).isEmpty()) {
            problems.add("notice", "存在", "通知“" + notice + "”不存在（见 GET /api/notices）");
        }
        String unit = blankToNull(query.unit());
        if (unit != null && (!UNIT.matcher(unit).matches() || organisations.employerUnit(unit).isEmpty())) {
            problems.add("unit", "存在", "用人单位代码“" + unit + "”未在组织机构目录中登记（见 GET /api/units）");
        }
        ApplicationStatus status = null;
        String statusText = blankToNull(query.status());
        if (statusText != null) {
            status = parseStatus(statusText);
            if (status == null || status == ApplicationStatus.DRAFT) {
                problems.add("status", "取值", "状态“" + statusText + "”无效，可选：" + statusChoices());
            }
        }
        String step = blankToNull(query.step());
        if (step != null && (!STEP.matcher(step).matches() || !gateway.stepKeys().contains(step))) {
            problems.add("step", "取值", "环节“" + step + "”不是评审流程中的环节编号（如 unit_review、committee_intake）");
        }
        int page = number(query.page(), 0, 0, Integer.MAX_VALUE, "page", "页码须为从 0 开始的整数", problems);
        int size = number(query.size(), DEFAULT_SIZE, 1, MAX_SIZE, "size",
                "每页条数须为 1 到 " + MAX_SIZE + " 之间的整数", problems);
        problems.throwIfAny("查询条件有误");

        List<Application> readable = new ArrayList<>();
        for (Application application : applications.listed(notice, unit, status)) {
            if (access.canReadDetails(application, user)) {
                readable.add(application);
            }
        }
        List<ApplicationView.Listed> rows = new ArrayList<>();
        long from = (long) page * size;
        long total = 0;
        for (Application application : readable) {
            boolean onPage = total >= from && total < from + size;
            // the engine is asked only when a step is filtered or the row is on the page
            ProcessProgress progress = step != null || onPage ? progress(application) : ProcessProgress.NONE;
            if (step != null && !progress.activityIds().contains(step)) {
                continue;
            }
            if (onPage) {
                rows.add(listed(application, progress));
            }
            total++;
        }
        return new ApplicationView.Page(page, size, total, rows);
    }

    private ProcessProgress progress(Application application) {
        return application.status() == ApplicationStatus.SUBMITTED || application.status() == ApplicationStatus.RETURNED
                ? gateway.progress(application) : ProcessProgress.NONE;
    }

    private ApplicationView.Listed listed(Application a, ProcessProgress progress) {
        String stage = switch (a.status()) {
            case RETURNED -> "退回修改";
            case SUBMITTED -> progress.stage() == null ? "审核中" : progress.stage();
            default -> "已结束：" + a.status().label();
        };
        String noticeTitle = notices.find(a.noticeId()).map(NoticeDefinition::title).orElse(a.noticeId());
        String unitName = a.employerUnitCode() == null ? null
                : organisations.employerUnit(a.employerUnitCode()).map(EmployerUnit::name).orElse(a.employerUnitCode());
        return new ApplicationView.Listed(a.applicationNo(), a.noticeId(), noticeTitle, a.name(),
                a.employerUnitCode(), unitName, a.series(), a.specialty(), a.level() == null ? null : a.level().name(),
                a.level() == null ? null : a.level().label(), a.status().name(), a.status().label(), stage,
                a.status() == ApplicationStatus.SUBMITTED ? progress.activityIds() : List.of(), a.submissionCount(),
                a.submittedAt(), a.updatedAt());
    }

    private static ApplicationStatus parseStatus(String text) {
        for (ApplicationStatus s : ApplicationStatus.values()) {
            if (s.name().equals(text.toUpperCase(Locale.ROOT)) || s.label().equals(text)) {
                return s;
            }
        }
        return null;
    }

    private static String statusChoices() {
        List<String> choices = new ArrayList<>();
        for (ApplicationStatus s : ApplicationStatus.values()) {
            if (s != ApplicationStatus.DRAFT) {
                choices.add(s.name() + "（" + s.label() + "）");
            }
        }
        return String.join("、", choices);
    }

    private static int number(String text, int fallback, int min, int max, String field, String message,
                              Problems problems) {
        String value = blankToNull(text);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        problems.add(field, "取值", message + "（收到“" + value + "”）");
        return fallback;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
