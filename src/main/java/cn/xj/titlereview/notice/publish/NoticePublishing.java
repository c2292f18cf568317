package cn.xj.titlereview.notice.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.notice.LoadedNotice;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeDiff;
import cn.xj.titlereview.notice.NoticeLoader;
import cn.xj.titlereview.notice.NoticeVersions;
import cn.xj.titlereview.security.ApiUser;

/**
 * Publishing a notice file through the product: the same validation as at start-up, then the file against the
 * deployed process and decision tables it names ({@link DeployedModelCheck}); a notice whose declaration window
 * has opened takes dates moved later and wording fixes freely, and a change of rules only with an explicit
 * confirmation and a reason, both recorded. A refused file changes nothing.
 */
@Service
public class NoticePublishing {

    static final int MAX_CONTENT = 512 * 1024;
    static final int MAX_REASON = 1000;

    /** What a file would do: its problems, and against the current version its changes. */
    public record Review(String noticeId, boolean valid, List<NoticeProblem> problems, Integer currentVersion,
                         String currentSource, List<NoticeDiff.Change> changes, boolean declarationOpened,
                         boolean ruleChange, boolean confirmationRequired) {
    }

    /** A published version. */
    public record Published(String noticeId, int version, List<NoticeDiff.Change> changes, boolean ruleChange,
                            String reason, List<String> deadlinesMoved) {
    }

    private final NoticeCatalog catalog;
    private final NoticeVersions versions;
    private final DeployedModelCheck models;
    private final AuditLog auditLog;
    private final WaitingDeadlines deadlines;
    private final IdentityService identityService;
    private final TransactionTemplate transactions;

    NoticePublishing(NoticeCatalog catalog, NoticeVersions versions, DeployedModelCheck models, AuditLog auditLog,
                     WaitingDeadlines deadlines, IdentityService identityService,
                     PlatformTransactionManager transactionManager) {
        this.identityService = identityService;
        this.deadlines = deadlines;
        this.catalog = catalog;
        this.versions = versions;
        this.models = models;
        this.auditLog = auditLog;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Every problem of the file and what it would change; writes nothing. */
    public Review review(String fileName, String content) {
        return asSystem(() -> reviewed(fileName, content));
    }

    /**
     * The engine is read (and, on publication, waiting instances updated) as the system: the caller's right is
     * the designer group, checked by the API; the engine's authorizations of a designer cover the Modeler's
     * deployments, not the evaluation of every table.
     */
    private <T> T asSystem(java.util.function.Supplier<T> work) {
        Authentication saved = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (saved != null) {
                identityService.setAuthentication(saved);
            }
        }
    }

    private Review reviewed(String fileName, String content) {
        if (content != null && content.length() > MAX_CONTENT) {
            throw ApiProblemException.badRequest("通知文件有误", List.of(new FieldProblem("content", "大小",
                    "通知文件不能超过 " + MAX_CONTENT / 1024 + " KB")));
        }
        NoticeLoader.Parsed parsed = new NoticeLoader().parse(fileName, content);
        String file = fileName == null || fileName.isBlank() ? "上传的通知文件" : fileName;
        List<NoticeProblem> problems = new ArrayList<>(parsed.problems().stream()
                .map(p -> NoticeProblem.ofValidator(file, p)).toList());
        NoticeDefinition definition = parsed.definition();
        if (definition == null) {
            return new Review(null, false, problems, null, null, List.of(), false, false, false);
        }
        problems.addAll(models.check(file, definition));
        Optional<LoadedNotice> current = catalog.loaded(definition.id());
        List<NoticeDiff.Change> changes = NoticeDiff.between(current.map(LoadedNotice::definition).orElse(null), definition);
        boolean opened = current.map(c -> opened(c.definition())).orElse(false);
        boolean ruleChange = current.isPresent() && NoticeDiff.changesRules(changes);
        return new Review(definition.id(), problems.isEmpty(), problems, current.map(LoadedNotice::version).orElse(null),
                current.map(LoadedNotice::source).orElse(null), current.isPresent() ? changes : List.of(), opened,
                ruleChange, opened && ruleChange);
    }

    /** Publishes the file as the notice's next version, or refuses it with every problem (400, nothing written). */
    public Published publish(ApiUser user, String fileName, String content, boolean confirm, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (why != null && why.length() > MAX_REASON) {
            throw ApiProblemException.badRequest("发布信息有误",
                    List.of(new FieldProblem("reason", "长度", "理由不能超过 " + MAX_REASON + " 字")));
        }
        return asSystem(() -> transactions.execute(status -> {
            Review review = reviewed(fileName, content);
            if (!review.valid()) {
                throw new ApiProblemException(HttpStatus.BAD_REQUEST, "通知文件有误，未发布（共 " + review.problems().size() + " 处）",
                        review.problems().stream().map(p -> new FieldProblem(p.field().isEmpty() ? "content" : p.field(),
                                p.rule(), p.message())).toList());
            }
            NoticeDefinition definition = new NoticeLoader().parse(fileName, content).definition();
            if (review.currentVersion() != null && review.changes().isEmpty()) {
                throw ApiProblemException.badRequest("通知文件与当前版本相同，未发布", List.of(new FieldProblem("content", "有变化",
                        "与通知 " + review.noticeId() + " 的当前版本（" + review.currentSource() + "）完全相同")));
            }
            if (review.confirmationRequired() && (!confirm || why == null)) {
                List<FieldProblem> missing = new ArrayList<>();
                String rules = review.changes().stream().filter(c -> c.kind() == NoticeDiff.Kind.RULE)
                        .map(NoticeDiff.Change::path).collect(Collectors.joining("、"));
                if (!confirm) {
                    missing.add(new FieldProblem("confirm", "确认规则变更",
                            "申报已开始，规则变更（" + rules + "）须明确确认后才能发布"));
                }
                if (why == null) {
                    missing.add(new FieldProblem("reason", "必填", "申报已开始后变更规则须说明理由"));
                }
                throw ApiProblemException.badRequest("申报已开始，规则变更须确认并说明理由", missing);
            }
            Instant now = ProductClock.now();
            List<String> moved = deadlines.moveLater(catalog.find(definition.id()).orElse(null), definition);
            String changes = review.changes().stream().map(NoticeDiff.Change::describe).collect(Collectors.joining("\n"));
            int version = versions.publish(definition, content, user.userId(), now, why, review.ruleChange(),
                    changes);
            auditLog.decision(user.userId(), AuditAction.PUBLISH_NOTICE, null, "发布通知 " + definition.id() + " 版本 " + version
                    + (review.currentVersion() == null ? "（新通知）" : "（基于" + review.currentSource() + "，"
                    + review.changes().size() + " 处修改" + (review.ruleChange() ? "，含规则变更" : "") + "）")
                    + (review.confirmationRequired() ? "；申报已开始，规则变更已确认" : "")
                    + (why == null ? "" : "；理由：" + why)
                    + (moved.isEmpty() ? "" : "；顺延等待中的申报：" + String.join("；", moved)));
            return new Published(definition.id(), version, review.changes(), review.ruleChange(), why, moved);
        }));
    }

    /** The declaration window has opened by the product clock (the simulation clock when one runs). */
    private static boolean opened(NoticeDefinition notice) {
        return notice.declaration().map(w -> w.start() != null
                && !ProductClock.now().isBefore(BeijingTime.instant(w.start()))).orElse(false);
    }
}
