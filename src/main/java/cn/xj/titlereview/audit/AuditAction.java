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
    /** A task was handed over to a colleague of the same office (转办). */
    TRANSFER_TASK,
    /** A task was delegated to a colleague (委派): it comes back to its owner to decide. */
    DELEGATE_TASK,
    /** The colleague gave a delegated task back to its owner (委派办结). */
    RESOLVE_TASK,
    /** A reviewer whose opinion is required was added to a task (加签). */
    ADD_REVIEWER,
    /** The added reviewer gave the opinion (加签意见). */
    REVIEWER_OPINION,
    /** Someone (or the reminder job, for an overdue task) urged the holder of a task (催办). */
    URGE_TASK,
    /** An office sent an application back to the earlier step's office (退回上一环节), with its reason. */
    SEND_BACK_TASK,
    /** An HR bureau or administrator added or changed an organisation of the directory (by hand or by import). */
    CHANGE_DIRECTORY,
    /** A person registered an applicant's account (实名注册): the Camunda user and the person record. */
    REGISTER_ACCOUNT,
    /** A person set a new password with a code sent to the phone on file (找回密码). */
    RESET_PASSWORD,
    /** A committee office added or changed an expert of its pool (评审专家库). */
    CHANGE_EXPERT_POOL,
    /** A committee office recorded the filing (备案) of its committee and pool with an HR bureau. */
    FILE_COMMITTEE,
    /** A committee office created a meeting, assigned applications to it or opened its vote. */
    CHANGE_MEETING,
    /** The experts of a meeting were drawn from the pool (who drew, the seed, the candidates, the experts). */
    DRAW_EXPERTS,
    /** A drawn expert declined the meeting and a replacement was drawn. */
    DECLINE_MEETING,
    /** An expert declared an interest in an application (回避). */
    RECUSAL,
    /** A unit registered itself (单位注册), or its competent department approved or refused the registration. */
    REGISTER_UNIT,
    /** A unit's contact (or an HR bureau, an administrator) added or removed a reviewer of the unit (单位审核人员). */
    CHANGE_UNIT_ACCOUNT,
    /** A designer (or administrator) published a version of a notice file (通知发布): id, version, changes, reason. */
    PUBLISH_NOTICE
}
