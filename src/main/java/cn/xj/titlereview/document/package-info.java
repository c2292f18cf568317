/**
 * Documents made from the product's data. Printed documents the notices ask for (评审表 / 呈报表, publicity
 * documents, 公示结果), the electronic title certificate and the public verification of printed copies
 * ({@code /verify/{code}}): {@code pdf}, {@code verify}, {@code source}. Word templates prefilled for a unit, a
 * competent department or the applicant to adjust, print and seal: {@code word}. Excel lists for offices and
 * supervisors: {@code excel}.
 *
 * <p>Every document is rendered from a template under {@code config/documents/} (per notice and year, with a
 * default) and from frozen data: the submission snapshot, the application row, recorded decisions, the
 * engine's history (publicity dates by the working-day calendar the timers use, steps, vote counts) and the
 * issued certificate number. Nothing but the audit log and the verification codes is written. Experts never
 * get a document.
 */
package cn.xj.titlereview.document;
