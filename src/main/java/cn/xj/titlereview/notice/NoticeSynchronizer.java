package cn.xj.titlereview.notice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the {@code notice} table in step with the notice files at start-up: inserts new
 * notices, rewrites changed ones, and marks those whose file is gone inactive (never deletes:
 * applications refer to them). Each notice is its own transaction; when several nodes of a
 * cluster start together and one loses a race on the same row, it re-reads and tries once more.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NoticeSynchronizer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NoticeSynchronizer.class);

    private final NoticeCatalog catalog;
    private final NoticeRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Autowired
    NoticeSynchronizer(NoticeCatalog catalog, NoticeRepository repository, PlatformTransactionManager transactionManager) {
        this(catalog, repository, new TransactionTemplate(transactionManager), Clock.system(NoticeValidator.BEIJING));
    }

    NoticeSynchronizer(NoticeCatalog catalog, NoticeRepository repository, TransactionTemplate transactions,
                       Clock clock) {
        this.catalog = catalog;
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        synchronize();
    }

    /** Returns how many rows were written. */
    int synchronize() {
        Collection<LoadedNotice> notices = catalog.all();
        int written = 0;
        for (LoadedNotice notice : notices) {
            written += withOneRetry(() -> upsert(notice));
        }
        Set<String> ids = notices.stream().map(LoadedNotice::id).collect(Collectors.toSet());
        written += withOneRetry(() -> deactivateMissing(ids));
        log.info("通知表已同步：{} 个通知，写入 {} 行", notices.size(), written);
        return written;
    }

    private int upsert(LoadedNotice loaded) {
        String json = NoticeJson.write(loaded.definition());
        String hash = NoticeJson.sha256(json);
        LocalDateTime now = LocalDateTime.now(clock);
        Notice notice = repository.findById(loaded.id()).orElseGet(() -> new Notice(loaded.id()));
        if (!notice.update(loaded.definition(), json, hash, loaded.source(), now)) {
            return 0;
        }
        repository.saveAndFlush(notice);
        return 1;
    }

    private int deactivateMissing(Set<String> ids) {
        int written = 0;
        LocalDateTime now = LocalDateTime.now(clock);
        for (Notice notice : repository.findByStatusOrderByYearDescDeclarationStartDescIdAsc(NoticeStatus.ACTIVE)) {
            if (!ids.contains(notice.getId()) && notice.deactivate(now)) {
                log.warn("通知 {} 的配置文件已不存在，标记为停用", notice.getId());
                repository.saveAndFlush(notice);
                written++;
            }
        }
        return written;
    }

    private int withOneRetry(java.util.function.IntSupplier work) {
        try {
            return transactions.execute(status -> work.getAsInt());
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
            log.info("通知表同步与其他节点冲突，重试一次：{}", e.getMessage());
            return transactions.execute(status -> work.getAsInt());
        }
    }
}
