/**
 * Where an application touches the engine: the process gateway (start at the first submission, complete
 * {@code applicant_revise} at a resubmission, read progress and fee), the pre-check delegate
 * {@code eligibilityPreCheck}, the listeners through which a process reports decisions, returns and its end
 * back to the application, the routing lookup that access checks use, and the tracking plugin.
 */
package cn.xj.titlereview.application.engine;
