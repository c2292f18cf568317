package cn.xj.titlereview.notice;

/**
 * A version of a notice was published (an application event, raised in the publishing transaction): listeners
 * that keep something per notice (Quartz windows) bring it in step after the commit.
 */
public record NoticePublished(String noticeId, int version) {
}
