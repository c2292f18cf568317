package cn.xj.titlereview.notice;

/** A validated notice and the file it came from (for messages and the notice table). */
public record LoadedNotice(NoticeDefinition definition, String source) {

    public String id() {
        return definition.id();
    }
}
