/**
 * Documents the notices have the system print (评审表 / 呈报表, publicity documents, 公示结果), the
 * electronic title certificate, and the public verification of printed copies ({@code /verify/{code}}).
 *
 * <p>Every document is rendered from a template under {@code config/documents/} (per notice and year,
 * with a default) and from frozen data: the submission snapshot, the engine's history (publicity dates
 * by the working-day calendar the timers use) and the issued certificate number. Who may fetch what
 * follows the application's access rules ({@code ApplicationAttachmentAccess}); experts never get a document.
 */
package cn.xj.titlereview.document;
