/**
 * Supervision (监督): a notice's campaign as supervisors, administrators and the notice's HR bureau
 * see it, read only. {@code GET /api/notices/{id}/progress}: applications per step (the notice
 * process's current activity: a call activity is the stage), overdue ones and where, per employer
 * unit and per committee, finished by final status, and the trend of the nightly snapshots
 * ({@code schedule}). The page {@code /supervision/} draws it.
 */
package cn.xj.titlereview.supervision;
