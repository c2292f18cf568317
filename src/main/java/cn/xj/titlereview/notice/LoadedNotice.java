package cn.xj.titlereview.notice;

/**
 * A validated notice, the file it came from (for messages and the notice table) and its published version
 * ({@code 0}: the seed file under {@code config/notices/}, no version published through the product yet).
 */
public record LoadedNotice(NoticeDefinition definition, String source, int version) {

    public LoadedNotice(NoticeDefinition definition, String source) {
        this(definition, source, 0);
    }

    public String id() {
        return definition.id();
    }
}
