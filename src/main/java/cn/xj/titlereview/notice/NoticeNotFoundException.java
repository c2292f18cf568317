package cn.xj.titlereview.notice;

/** No notice with this id (answered with 404 and {@code {"error":"通知不存在","field":"id"}}). */
public class NoticeNotFoundException extends RuntimeException {

    private final String noticeId;

    public NoticeNotFoundException(String noticeId) {
        super("通知不存在：" + noticeId);
        this.noticeId = noticeId;
    }

    public String noticeId() {
        return noticeId;
    }
}
