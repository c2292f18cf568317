/**
 * Audit log (审计日志): every view of personal data and every decision on a review task, append
 * only, readable by supervisors and administrators through {@code GET /api/audit}.
 */
package cn.xj.titlereview.audit;
