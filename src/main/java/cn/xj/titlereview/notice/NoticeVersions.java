package cn.xj.titlereview.notice;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Writes a published version of a notice: the version row, the {@code notice} row the API lists, and the
 * catalog token every node compares before it reads a notice; raises {@link NoticePublished}. Runs in the
 * caller's transaction (nothing is written when the caller rolls back).
 */
@Service
public class NoticeVersions {

    private final NoticeVersionStore store;
    private final NoticeRepository repository;
    private final NoticeCatalog catalog;
    private final ApplicationEventPublisher events;

    NoticeVersions(NoticeVersionStore store, NoticeRepository repository, NoticeCatalog catalog,
                   ApplicationEventPublisher events) {
        this.store = store;
        this.repository = repository;
        this.catalog = catalog;
        this.events = events;
    }

    public int publish(NoticeDefinition definition, String sourceYaml, String publishedBy, Instant publishedAt,
                       String reason, boolean ruleChange, String changes) {
        int version = store.insert(definition, sourceYaml, publishedBy, publishedAt, reason, ruleChange, changes);
        String json = NoticeJson.write(definition);
        Notice notice = repository.findById(definition.id()).orElseGet(() -> new Notice(definition.id()));
        notice.update(definition, json, NoticeJson.sha256(json), NoticeVersionStore.source(version, publishedBy),
                LocalDateTime.ofInstant(publishedAt, NoticeValidator.BEIJING));
        repository.saveAndFlush(notice);
        events.publishEvent(new NoticePublished(definition.id(), version));
        return version;
    }

    public List<NoticeVersionStore.VersionRow> versions(String noticeId) {
        return store.versions(noticeId);
    }

    /** A version's definition; version 0 is the seed file. */
    public Optional<NoticeDefinition> definition(String noticeId, int version) {
        if (version == 0) {
            return catalog.seed(noticeId).map(LoadedNotice::definition);
        }
        return store.definition(noticeId, version);
    }

    /** A version's file text; version 0 is not stored (the seed file is in config/notices/). */
    public Optional<String> sourceYaml(String noticeId, int version) {
        return store.sourceYaml(noticeId, version);
    }
}
