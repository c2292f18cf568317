/**
 * Applications (申报): the record of one person's declaration for one notice, its submissions and decisions.
 * What is declared (the form, its value types and checks) is {@code cn.xj.titlereview.declaration}; the
 * engine is touched only by {@code cn.xj.titlereview.application.engine}.
 *
 * <p><b>Model.</b> {@link cn.xj.titlereview.application.Application} is the working copy the
 * applicant edits (table {@code application}, one table per list section: education, work
 * history, practice, achievements, awards, intellectual property, books, papers, continuing
 * education per year, annual assessments). Text with nothing to say holds "无", never blank. The
 * ID number is kept only as AES-GCM ciphertext plus an HMAC blind index (unique per notice), its
 * birth date alongside; it is shown masked ({@code 650102********123X}). Every submission is frozen
 * as an {@link cn.xj.titlereview.application.ApplicationSnapshot} (version 1, 2, 3 …, JSON, never
 * updated); decisions taken on a version are {@link cn.xj.titlereview.application.ApplicationDecision}s.
 * Application numbers {@code ZC<year>-<000123>} come from a counter table.
 *
 * <p><b>States.</b> DRAFT → (submit) SUBMITTED → (applicant_revise created) RETURNED → (submit)
 * SUBMITTED … → a final status (APPROVED, REJECTED, NOT_ACCEPTED, ABANDONED, UNPAID, WITHDRAWN,
 * INELIGIBLE) when the process ends. Only DRAFT and RETURNED may be changed (else 409).
 *
 * <p><b>Process.</b> {@link cn.xj.titlereview.application.ApplicationProcessGateway} (implemented in
 * {@code application.engine}) starts the
 * notice's process at the first submission (business key = application number; variables:
 * applicationNo, noticeId, level, series, specialty, unitGroup, applicantUserId, nothing personal)
 * and completes {@code applicant_revise} at a resubmission. The process reports back through the
 * listener beans {@code recordApplicationDecisionListener} (task complete),
 * {@code markApplicationReturnedListener} (applicant_revise create) and
 * {@code recordApplicationOutcomeListener} (end event, reads {@code finalStatus}).
 *
 * <p><b>Access.</b> {@link cn.xj.titlereview.application.ApplicationAccess}: after submission the
 * groups the application's process routes to (root instance variables {@code unitGroup},
 * {@code competentGroup}, {@code committeeGroup}, {@code hrbGroup}; {@code expertGroup} for the
 * blind view and masked pages), supervisors and administrators read it; the full ID number only the
 * applicant, the committee office and the HR bureau. Every view by someone else, page downloads
 * included, is audited in the reading transaction.
 *
 * <p><b>API.</b> {@code /api/applications}: see {@link cn.xj.titlereview.application.ApplicationController};
 * errors in the shape of {@link cn.xj.titlereview.api.ApiError}. Text, HTML included, is stored and
 * returned exactly as sent, as JSON strings, never decoded or rendered.
 */
package cn.xj.titlereview.application;
