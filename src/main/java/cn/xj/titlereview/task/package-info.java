/**
 * The offices' operations on tasks (任务办理): 转办 (transfer), 委派 (delegate and resolve, the engine's own
 * delegation), 加签 (an added reviewer as a Camunda sub-task whose opinion the office task waits for) and 催办
 * (urge, limited per task and urger; overdue tasks are urged by the reminder job). Each stays within the
 * office group that holds the task, never touches an expert's vote, and is audited; the engine listeners of
 * {@link cn.xj.titlereview.task.TaskOperationsPlugin} keep the same rules for Tasklist and engine REST.
 */
package cn.xj.titlereview.task;
