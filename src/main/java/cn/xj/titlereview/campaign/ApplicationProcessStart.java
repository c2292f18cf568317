package cn.xj.titlereview.campaign;

import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;

/**
 * What starting a notice process needs to know of one application: ids and facts only
 * (names, ID numbers, phones and employer names never enter the engine).
 */
public record ApplicationProcessStart(
        String applicationNo,
        String noticeId,
        Level level,
        String series,
        String specialty,
        String unitCode,
        String applicantUserId,
        ApplicationFacts facts) {
}
