package cn.xj.titlereview.notice;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The validated notices of this start, by id. Built once at start-up; a bad file stops the start. */
public class NoticeCatalog {

    private final Map<String, LoadedNotice> notices = new LinkedHashMap<>();

    public NoticeCatalog(List<LoadedNotice> notices) {
        notices.forEach(n -> this.notices.put(n.id(), n));
    }

    public Collection<LoadedNotice> all() {
        return List.copyOf(notices.values());
    }

    public Optional<NoticeDefinition> find(String id) {
        return Optional.ofNullable(notices.get(id)).map(LoadedNotice::definition);
    }

    /** The notice, or {@link NoticeNotFoundException} when no file defines it. */
    public NoticeDefinition get(String id) {
        return find(id).orElseThrow(() -> new NoticeNotFoundException(id));
    }
}
