package cn.xj.titlereview.document.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.application.ApplicationStatus;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.document.excel.CompetentOpinions.Opinion;
import cn.xj.titlereview.document.excel.EngineFacts.VoteCount;
import cn.xj.titlereview.document.excel.StreamedSheet.Column;
import cn.xj.titlereview.document.excel.StreamedSheet.Type;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.security.ApiUser;
import cn.xj.titlereview.vote.VoteResult;

/**
 * A notice's lists as Excel, each role's share only ({@link ExportScopes}): the applications per
 * unit with status, current step and dates; the competent departments' recommendation roster; the
 * committee's results with vote counts (counts only: who voted how is never recorded anywhere); the
 * count per stage. Rows come from the database a page at a time and go straight into a streamed
 * sheet. Names appear (offices know their applicants); ID numbers do not, not even masked: the
 * application number identifies the row. Every export is audited before its first byte is written.
 */
@Service
public class NoticeExports {

    private static final Logger log = LoggerFactory.getLogger(NoticeExports.class);

    /** A checked, audited export, written when the caller has its stream ready. */
    public interface Export {
        String fileName();

        void writeTo(OutputStream out) throws IOException;
    }

    private final NoticeCatalog notices;
    private final ExportScopes scopes;
    private final ApplicationPages pages;
    private final EngineFacts engine;
    private final CompetentOpinions opinions;
    private final OrganisationDirectory organisations;
    private final AuditLog auditLog;

    NoticeExports(NoticeCatalog notices, ExportScopes scopes, ApplicationPages pages, EngineFacts engine,
                  CompetentOpinions opinions, OrganisationDirectory organisations, AuditLog auditLog) {
        this.notices = notices;
        this.scopes = scopes;
        this.pages = pages;
        this.engine = engine;
        this.opinions = opinions;
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    /** 404 for an unknown notice or list, 403 for a user with no share of the notice. */
    public Export prepare(String noticeId, String slug, ApiUser user) {
        ExportKind kind = ExportKind.ofSlug(slug).orElseThrow(() -> ApiProblemException.notFound("没有这种导出：" + slug));
        if (notices.find(noticeId).isEmpty()) {
            throw ApiProblemException.notFound("通知不存在");
        }
        ExportScope scope = scopes.of(noticeId, user);
        log.info("导出名单：用户 {}，通知 {}，{}（{}）", user.userId(), noticeId, kind.label(), scope.description());
        auditLog.view(user.userId(), AuditAction.EXPORT_LIST, null,
                "导出" + kind.label() + "（Excel）：" + noticeId + "，范围：" + scope.description());
        String fileName = kind.label() + "-" + noticeId + ".xlsx";
        return new Export() {
            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                write(kind, noticeId, scope, out);
            }
        };
    }

    /** Writes the list; the number of data rows. */
    long write(ExportKind kind, String noticeId, ExportScope scope, OutputStream out) throws IOException {
        try (StreamedSheet sheet = switch (kind) {
            case APPLICATIONS -> applications(noticeId, scope);
            case RECOMMENDATIONS -> recommendations(noticeId, scope);
            case RESULTS -> results(noticeId, scope);
            case STATISTICS -> statistics(noticeId, scope);
        }) {
            sheet.writeTo(out);
            return sheet.dataRows();
        }
    }

    private StreamedSheet applications(String noticeId, ExportScope scope) {
        StreamedSheet sheet = new StreamedSheet("申报清单", List.of(
                new Column("序号", 4, Type.NUMBER), new Column("用人单位", 13, Type.TEXT),
                new Column("申报编号", 8, Type.TEXT), new Column("姓名", 5, Type.TEXT),
                new Column("系列", 6, Type.TEXT), new Column("专业", 6, Type.TEXT),
                new Column("申报级别", 4, Type.TEXT), new Column("状态", 6, Type.TEXT),
                new Column("当前环节", 9, Type.TEXT), new Column("提交次数", 4, Type.NUMBER),
                new Column("创建时间", 9, Type.DATE_TIME), new Column("最近提交时间", 9, Type.DATE_TIME),
                new Column("最后更新时间", 9, Type.DATE_TIME)));
        AtomicLong n = new AtomicLong();
        pages.forEachPage(noticeId, scope, page -> {
            Map<String, String> steps = engine.currentSteps(running(page));
            for (ApplicationRow a : page) {
                sheet.row(n.incrementAndGet(), unitName(a.unitCode()), a.applicationNo(), a.name(), a.series(),
                        a.specialty(), level(a.level()), statusLabel(a.status()), step(a, steps),
                        a.submissionCount(), a.createdAt(), a.submittedAt(), a.updatedAt());
            }
        });
        return sheet;
    }

    private StreamedSheet recommendations(String noticeId, ExportScope scope) {
        StreamedSheet sheet = new StreamedSheet("推荐名册", List.of(
                new Column("序号", 4, Type.NUMBER), new Column("主管单位", 12, Type.TEXT),
                new Column("用人单位", 13, Type.TEXT), new Column("申报编号", 8, Type.TEXT),
                new Column("姓名", 5, Type.TEXT), new Column("系列", 6, Type.TEXT), new Column("专业", 6, Type.TEXT),
                new Column("申报级别", 4, Type.TEXT), new Column("推荐意见", 6, Type.TEXT),
                new Column("意见说明", 14, Type.TEXT), new Column("推荐时间", 9, Type.DATE_TIME),
                new Column("当前状态", 6, Type.TEXT)));
        AtomicLong n = new AtomicLong();
        pages.forEachPage(noticeId, scope, page -> {
            Map<String, Opinion> found = opinions.latest(page.stream().map(ApplicationRow::applicationNo).toList());
            for (ApplicationRow a : page) {
                Opinion opinion = found.get(a.applicationNo());
                if (opinion != null) {
                    sheet.row(n.incrementAndGet(), competentName(a.unitCode()), unitName(a.unitCode()),
                            a.applicationNo(), a.name(), a.series(), a.specialty(), level(a.level()),
                            decisionLabel(opinion.decision()), opinion.comment(), opinion.decidedAt(),
                            statusLabel(a.status()));
                }
            }
        });
        return sheet;
    }

    private StreamedSheet results(String noticeId, ExportScope scope) {
        StreamedSheet sheet = new StreamedSheet("评审结果", List.of(
                new Column("序号", 4, Type.NUMBER), new Column("用人单位", 13, Type.TEXT),
                new Column("申报编号", 8, Type.TEXT), new Column("姓名", 5, Type.TEXT),
                new Column("系列", 6, Type.TEXT), new Column("专业", 6, Type.TEXT),
                new Column("申报级别", 4, Type.TEXT), new Column("出席评委（投票数）", 7, Type.NUMBER),
                new Column("赞成票", 4, Type.NUMBER), new Column("反对票", 4, Type.NUMBER),
                new Column("弃权票", 4, Type.NUMBER), new Column("表决结果", 8, Type.TEXT),
                new Column("表决时间", 9, Type.DATE_TIME), new Column("当前状态", 6, Type.TEXT)));
        AtomicLong n = new AtomicLong();
        pages.forEachPage(noticeId, scope, page -> {
            Map<String, VoteCount> votes = engine.votes(withProcess(page));
            for (ApplicationRow a : page) {
                VoteCount vote = votes.get(a.applicationNo());
                if (vote != null) {
                    sheet.row(n.incrementAndGet(), unitName(a.unitCode()), a.applicationNo(), a.name(), a.series(),
                            a.specialty(), level(a.level()), vote.cast(), vote.votesFor(), vote.votesAgainst(),
                            vote.votesAbstain(), voteLabel(vote.result()), vote.closedAt(), statusLabel(a.status()));
                }
            }
        });
        return sheet;
    }

    private StreamedSheet statistics(String noticeId, ExportScope scope) {
        Map<String, long[]> running = new LinkedHashMap<>();
        Map<ApplicationStatus, long[]> finished = new LinkedHashMap<>();
        AtomicLong total = new AtomicLong();
        pages.forEachPage(noticeId, scope, page -> {
            Map<String, String> steps = engine.currentSteps(running(page));
            for (ApplicationRow a : page) {
                total.incrementAndGet();
                ApplicationStatus status = status(a.status());
                if (status != null && status.isFinal()) {
                    finished.computeIfAbsent(status, s -> new long[1])[0]++;
                } else {
                    running.computeIfAbsent(step(a, steps), s -> new long[1])[0]++;
                }
            }
        });
        StreamedSheet sheet = new StreamedSheet("分环节统计", List.of(
                new Column("序号", 4, Type.NUMBER), new Column("环节或结果", 16, Type.TEXT),
                new Column("类别", 5, Type.TEXT), new Column("申报数", 5, Type.NUMBER),
                new Column("占比", 5, Type.PERCENT)));
        long all = Math.max(1, total.get());
        long n = 0;
        for (Map.Entry<String, long[]> e : running.entrySet()) {
            sheet.row(++n, e.getKey(), "进行中", e.getValue()[0], (double) e.getValue()[0] / all);
        }
        for (ApplicationStatus status : ApplicationStatus.values()) {
            long[] count = finished.get(status);
            if (count != null) {
                sheet.row(++n, status.label(), "已结束", count[0], (double) count[0] / all);
            }
        }
        sheet.row(null, "合计", null, total.get(), total.get() == 0 ? null : 1.0);
        return sheet;
    }

    // ---------------------------------------------------------------- labels

    private static List<String> running(List<ApplicationRow> page) {
        return page.stream().filter(a -> a.processInstanceId() != null)
                .filter(a -> "SUBMITTED".equals(a.status()) || "RETURNED".equals(a.status()))
                .map(ApplicationRow::applicationNo).toList();
    }

    private static List<String> withProcess(List<ApplicationRow> page) {
        return page.stream().filter(a -> a.processInstanceId() != null).map(ApplicationRow::applicationNo).toList();
    }

    private static String step(ApplicationRow a, Map<String, String> steps) {
        ApplicationStatus status = status(a.status());
        if (status != null && status.isFinal()) {
            return "已结束";
        }
        String step = steps.get(a.applicationNo());
        return step != null ? step : statusLabel(a.status());
    }

    private static ApplicationStatus status(String code) {
        try {
            return code == null ? null : ApplicationStatus.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String statusLabel(String code) {
        ApplicationStatus status = status(code);
        return status == null ? code : status.label();
    }

    private static String level(String code) {
        try {
            return code == null ? null : Level.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String decisionLabel(String decision) {
        return switch (decision == null ? "" : decision) {
            case "APPROVE" -> "同意推荐";
            case "RETURN" -> "退回修改";
            case "REJECT" -> "不同意推荐";
            default -> decision;
        };
    }

    private static String voteLabel(String result) {
        if (result == null) {
            return null;
        }
        try {
            return switch (VoteResult.valueOf(result)) {
                case PASSED -> "通过";
                case FAILED -> "未通过";
                case INVALID -> "无效（出席评委不足）";
            };
        } catch (IllegalArgumentException e) {
            return result;
        }
    }

    private String unitName(String code) {
        return code == null ? null : organisations.employerUnit(code).map(EmployerUnit::name).orElse(code);
    }

    private String competentName(String unitCode) {
        String competent = unitCode == null ? null
                : organisations.employerUnit(unitCode).map(EmployerUnit::competent).orElse(null);
        return competent == null ? null : organisations.competentName(competent).orElse(competent);
    }
}
