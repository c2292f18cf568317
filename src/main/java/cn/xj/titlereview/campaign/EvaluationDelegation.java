package cn.xj.titlereview.campaign;

/**
 * Evaluation by a committee named in a delegation letter (委托评审函): the committee's code in the
 * organisation directory and the id of the uploaded letter. Hami sends specialties it does not evaluate
 * to the autonomous region or another prefecture this way; central units in Xinjiang come to a notice's
 * own committee with a letter of their ministry.
 */
public record EvaluationDelegation(String committeeCode, String letterAttachmentId) {
}
