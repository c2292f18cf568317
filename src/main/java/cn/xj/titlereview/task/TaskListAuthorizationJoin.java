package cn.xj.titlereview.task;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The task list's authorization check written so that a database can use its indexes.
 *
 * <p>With authorizations on, the engine's task query joins the caller's authorization rows on
 * {@code AUTH.RESOURCE_ID_ = RES.ID_ OR AUTH.RESOURCE_ID_ = D.KEY_ OR AUTH.RESOURCE_ID_ = '*'} (MySQL form; H2 and
 * others write it as an {@code IN} list). Every candidate task has its own authorization row, so an office's group has
 * as many rows as open tasks, and MySQL/MariaDB answer an {@code OR} of equalities in a join with a block-nested-loop
 * join of every open task against every one of those rows: at 10 000 open tasks one Tasklist page took over a minute.
 *
 * <p>The same condition as a derived table of visible task ids, a {@code UNION} of its three cases, each joined by one
 * equality: tasks granted one by one, tasks of a process definition granted as a whole ({@code READ_TASK}), and every
 * task where a {@code '*'} grant applies. The caller's authorization rows (the engine's own sub-query, unchanged) are
 * read three times, so its parameters are bound three times. The result is the same set of tasks; the union has one
 * row per task, where the original join could repeat a task (the query's {@code DISTINCT} stays).
 *
 * <p>With CMMN on, the engine left-joins and keeps a task that has a case execution or a match
 * ({@code RES.CASE_EXECUTION_ID_ IS NOT NULL OR AUTH.RESOURCE_ID_ IS NOT NULL}), which makes the database read every open
 * task. Here case tasks are a fourth case of the union and the join is an inner join, so the database can start from the
 * caller's few visible tasks; the engine's condition stays and holds for every joined row.
 */
final class TaskListAuthorizationJoin {

    /** The engine's join, as generated for MySQL ({@code =} … {@code OR}) and for every other database ({@code IN}). */
    private static final Pattern ENGINE_JOIN = Pattern.compile("(?is)\\b(left|inner)\\s+join\\s*\\(\\s*"
            + "(select\\s+A\\.\\*\\s+from\\s+(\\w*)ACT_RU_AUTHORIZATION\\s+A\\b.*?)\\)\\s*AUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s*"
            + "(?:=\\s*RES\\.ID_\\s+OR\\s+AUTH\\.RESOURCE_ID_\\s*=\\s*D\\.KEY_\\s+OR\\s+AUTH\\.RESOURCE_ID_\\s*=\\s*'\\*'"
            + "|IN\\s*\\(\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,\\s*'\\*'\\s*\\))\\s*\\)");

    private TaskListAuthorizationJoin() {
    }

    /**
     * @param sql           the rewritten statement
     * @param firstInJoin   index of the first {@code ?} of the engine's authorization sub-query
     * @param parametersInJoin how many {@code ?} it has (now bound three times in a row)
     */
    record Rewritten(String sql, int firstInJoin, int parametersInJoin) {
    }

    /** The statement with the union in place of the engine's join, or empty where the join is not there as expected. */
    static Optional<Rewritten> rewrite(String sql) {
        Matcher join = ENGINE_JOIN.matcher(sql);
        if (!join.find()) {
            return Optional.empty();
        }
        int start = join.start();
        int end = join.end();
        if (join.find()) { // two authorization joins: not the task query this was written for
            return Optional.empty();
        }
        join.find(start);
        String joinType = join.group(1);
        String authorizations = join.group(2);
        String prefix = join.group(3);
        String union = "inner join (SELECT G.RESOURCE_ID_ FROM (" + authorizations + ") G"
                + " UNION SELECT T.ID_ FROM (" + authorizations + ") G"
                + " INNER JOIN " + prefix + "ACT_RE_PROCDEF PD ON PD.KEY_ = G.RESOURCE_ID_"
                + " INNER JOIN " + prefix + "ACT_RU_TASK T ON T.PROC_DEF_ID_ = PD.ID_"
                + " UNION SELECT T.ID_ FROM (" + authorizations + ") G"
                + " INNER JOIN " + prefix + "ACT_RU_TASK T ON G.RESOURCE_ID_ = '*'"
                + ("left".equalsIgnoreCase(joinType)
                        ? " UNION SELECT C.ID_ FROM " + prefix + "ACT_RU_TASK C WHERE C.CASE_EXECUTION_ID_ IS NOT NULL" : "")
                + ") AUTH ON (AUTH.RESOURCE_ID_ = RES.ID_)";
        return Optional.of(new Rewritten(sql.substring(0, start) + union + sql.substring(end),
                placeholders(sql, 0, join.start(2)), placeholders(authorizations, 0, authorizations.length())));
    }

    /** The engine binds every value, so a {@code ?} in its task query is always a parameter. */
    static int placeholders(String sql, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (sql.charAt(i) == '?') {
                count++;
            }
        }
        return count;
    }
}
