package cn.xj.titlereview.vote;

/** Result of a closed vote. */
public enum VoteResult {
    /** Quorum reached and FOR votes reach the pass ratio of the experts present. */
    PASSED,
    /** Quorum reached, FOR votes below the pass ratio. */
    FAILED,
    /** Fewer experts present than the quorum: the meeting could not decide (会议无效). */
    INVALID
}
