package cn.xj.titlereview.notice;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notices the product runs, by id: the seed files of this start ({@code config/notices/*.yml}) overlaid with
 * the newest version of each notice published through the product ({@code notice_version}).
 *
 * <p>Kept in memory; every read first compares the token of the last publication (one row by its key, as the
 * organisation directory does), so a notice published on any node is seen by the next read on every node.
 * A catalog built from a list alone never changes (unit tests, tools).
 */
public class NoticeCatalog {

    /** Where published versions live. */
    public interface Store {

        /** The token of the last publication, or null when it cannot be read (the tables do not exist yet). */
        String token();

        /** The newest published version of each notice. */
        List<LoadedNotice> published();
    }

    private record Snapshot(String token, Map<String, LoadedNotice> byId) {
    }

    private final Map<String, LoadedNotice> seed = new LinkedHashMap<>();
    private final Store store;
    private volatile Snapshot cached;

    public NoticeCatalog(List<LoadedNotice> notices) {
        this(notices, null);
    }

    public NoticeCatalog(List<LoadedNotice> seed, Store store) {
        seed.forEach(n -> this.seed.put(n.id(), n));
        this.store = store;
    }

    private Map<String, LoadedNotice> notices() {
        if (store == null) {
            return seed;
        }
        String token = store.token();
        if (token == null) {
            return seed;
        }
        Snapshot current = cached;
        if (current != null && current.token().equals(token)) {
            return current.byId();
        }
        synchronized (this) {
            current = cached;
            if (current == null || !current.token().equals(token)) {
                Map<String, LoadedNotice> byId = new LinkedHashMap<>(seed);
                for (LoadedNotice published : store.published()) {
                    byId.put(published.id(), published);
                }
                current = new Snapshot(token, java.util.Collections.unmodifiableMap(byId));
                cached = current;
            }
            return current.byId();
        }
    }

    /** The current notices: seed files and published versions. */
    public Collection<LoadedNotice> all() {
        return List.copyOf(notices().values());
    }

    public Optional<NoticeDefinition> find(String id) {
        return loaded(id).map(LoadedNotice::definition);
    }

    /** The notice with its source and version. */
    public Optional<LoadedNotice> loaded(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(notices().get(id));
    }

    /** The seed file of a notice (its version 0), if there is one. */
    public Optional<LoadedNotice> seed(String id) {
        return Optional.ofNullable(seed.get(id));
    }

    /** The notice, or {@link NoticeNotFoundException} when no file or version defines it. */
    public NoticeDefinition get(String id) {
        return find(id).orElseThrow(() -> new NoticeNotFoundException(id));
    }
}
