package cn.xj.titlereview.audit;

/** What an audit event records. */
public enum AuditAction {
    /** Someone other than the applicant read an application's details. */
    VIEW_APPLICATION,
    /** An expert or reviewer read the blind view (盲评视图) of an application. */
    VIEW_BLIND_REVIEW,
    /** Someone other than the applicant downloaded a page of the materials (the masked copy). */
    VIEW_ATTACHMENT,
    /** Someone other than the applicant fetched a document of the application (评审表, 公示, 证书, a Word template). */
    VIEW_DOCUMENT,
    /** Someone read the full ID number. */
    VIEW_ID_NUMBER,
    /** A review task was completed with a decision. */
    TASK_DECISION,
    /** A committee member cast a vote (the vote itself is secret and never recorded). */
    VOTE_CAST,
    /** An HR bureau or administrator recorded a ban on applying (禁报). */
    RECORD_BAN,
    /** Someone exported a notice's list (names included) to Excel. */
    EXPORT_LIST,
    /** A wrong password locked a user's logins for a while (the growing delay). */
    LOCK_ACCOUNT,
    /** An administrator lifted a user's login lock. */
    UNLOCK_ACCOUNT,
    /** A person registered an applicant's account (实名注册): the Camunda user and the person record. */
    REGISTER_ACCOUNT,
    /** A person set a new password with a code sent to the phone on file (找回密码). */
    RESET_PASSWORD
}
