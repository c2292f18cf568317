/**
 * Documents made from the product's data: Word templates prefilled for a unit, a competent
 * department or the applicant to adjust, print and seal ({@code word}), and Excel lists for offices
 * and supervisors ({@code excel}). Both read the product's tables directly as a read model (the
 * frozen submission, the application row, recorded decisions) and the engine's history for steps
 * and vote counts; neither changes anything but the audit log.
 */
package cn.xj.titlereview.document;
