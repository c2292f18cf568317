package cn.xj.titlereview.task;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The task list's authorization check written so that a database can start from the caller's visible tasks.
 *
 * <p>With authorizations on, the engine's task query joins the caller's authorization rows on
 * {@code AUTH.RESOURCE_ID_ = RES.ID_ OR AUTH.RESOURCE_ID_ = D.KEY_ OR AUTH.RESOURCE_ID_ = '*'} (MySQL form; H2 and
 * others write it as an {@code IN} list). Every candidate task has its own authorization row, so an office's group has
 * as many rows as open tasks, and MySQL/MariaDB answer an {@code OR} of equalities in a join with a block-nested-loop
 * join of every open task against every one of those rows: at 10 000 open tasks one Tasklist page took over a minute.
 *
 * <p>Here the join is on one equality with a derived table of visible task ids. An office's user holds only per-task
 * grants, so the table is the caller's authorization rows themselves (the engine's own sub-query, unchanged) and the
 * database reads those few rows and then each task by its key, however many other tasks are open. A caller who also
 * holds a grant on a whole process definition ({@code READ_TASK}) or on {@code '*'} ({@link #broadGrantsQuery}, asked
 * first) gets the full union of the three cases. The sub-query's parameters are bound once per copy.
 *
 * <p>With CMMN on, the engine left-joins and keeps a task that has a case execution or a match
 * ({@code RES.CASE_EXECUTION_ID_ IS NOT NULL OR AUTH.RESOURCE_ID_ IS NOT NULL}), which makes the database read every
 * open task. Here case tasks are one more case of the union and the join is an inner join; the engine's condition stays
 * and holds for every joined row. The result is the same set of tasks (the query's {@code DISTINCT} stays).
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
     * The engine's join found in a task query.
     *
     * @param firstParameter index of the first {@code ?} of the authorization sub-query
     * @param parameters     how many {@code ?} it has
     */
    record Join(String sql, int start, int end, boolean leftJoin, String authorizations, String prefix,
                int firstParameter, int parameters) {
    }

    /** The join, or empty where the statement does not have exactly one, as expected. */
    static Optional<Join> find(String sql) {
        Matcher join = ENGINE_JOIN.matcher(sql);
        if (!join.find()) {
            return Optional.empty();
        }
        int start = join.start();
        int end = join.end();
        String joinType = join.group(1);
        String authorizations = join.group(2);
        String prefix = join.group(3);
        int subQueryAt = join.start(2);
        if (join.find()) { // two authorization joins: not the task query this was written for
            return Optional.empty();
        }
        return Optional.of(new Join(sql, start, end, "left".equalsIgnoreCase(joinType), authorizations, prefix,
                placeholders(sql, 0, subQueryAt), placeholders(authorizations, 0, authorizations.length())));
    }

    /**
     * How many of the caller's authorization rows grant more than single tasks ({@code '*'}, or a process definition's
     * key); the sub-query twice.
     */
    static String broadGrantsQuery(Join join) {
        return "SELECT COUNT(*) FROM (SELECT G.ID_ FROM (" + join.authorizations() + ") G WHERE G.RESOURCE_ID_ = '*'"
                + " UNION ALL SELECT G.ID_ FROM (" + join.authorizations() + ") G"
                + " INNER JOIN " + join.prefix() + "ACT_RE_PROCDEF PD ON PD.KEY_ = G.RESOURCE_ID_) BROAD";
    }

    /** How many copies of the sub-query {@link #rewrite} writes. */
    static int copies(boolean broadGrants) {
        return broadGrants ? 3 : 1;
    }

    /** The statement with the derived table of visible task ids in place of the engine's join. */
    static String rewrite(Join join, boolean broadGrants) {
        String p = join.prefix();
        String a = join.authorizations();
        StringBuilder visible = new StringBuilder("inner join (SELECT G.RESOURCE_ID_ FROM (").append(a).append(") G");
        if (broadGrants) {
            visible.append(" UNION SELECT T.ID_ FROM (").append(a).append(") G INNER JOIN ").append(p)
                    .append("ACT_RE_PROCDEF PD ON PD.KEY_ = G.RESOURCE_ID_ INNER JOIN ").append(p)
                    .append("ACT_RU_TASK T ON T.PROC_DEF_ID_ = PD.ID_")
                    .append(" UNION SELECT T.ID_ FROM (").append(a).append(") G INNER JOIN ").append(p)
                    .append("ACT_RU_TASK T ON G.RESOURCE_ID_ = '*'");
        }
        if (join.leftJoin()) {
            visible.append(" UNION SELECT C.ID_ FROM ").append(p).append("ACT_RU_TASK C WHERE C.CASE_EXECUTION_ID_ IS NOT NULL");
        }
        visible.append(") AUTH ON (AUTH.RESOURCE_ID_ = RES.ID_)");
        return join.sql().substring(0, join.start()) + visible + join.sql().substring(join.end());
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
