package cn.xj.titlereview.notice;

/** No notice with this id (answered with 404: {@code {"message":"通知不存在","errors":[{"field":"id",...}]}}). */
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
