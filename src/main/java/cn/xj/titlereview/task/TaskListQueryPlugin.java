package cn.xj.titlereview.task;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the engine's task list query (Tasklist's filters, engine REST {@code /task} and its count, the product's own
 * task queries) check authorizations as {@link TaskListAuthorizationJoin} writes it: a MyBatis interceptor on the
 * engine's two task-query statements. Nothing else changes: other statements, the engine's form of the check when
 * REVOKE authorizations exist, and a statement whose text is not the expected one (logged once) pass unchanged.
 * {@code titlereview.tasks.list-authorization-union: false} turns it off.
 */
@Component
public class TaskListQueryPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(TaskListQueryPlugin.class);
    static final String TASK_NAMESPACE = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.";
    static final List<String> STATEMENTS = List.of(TASK_NAMESPACE + "selectTaskByQueryCriteria",
            TASK_NAMESPACE + "selectTaskCountByQueryCriteria");

    private final AtomicBoolean enabled;
    private final AtomicLong rewritten = new AtomicLong();
    private final AtomicBoolean warned = new AtomicBoolean();

    TaskListQueryPlugin(TaskProperties properties) {
        this.enabled = new AtomicBoolean(properties.listAuthorizationUnion());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Rewrite());
    }

    /** Whether task queries are rewritten (tests compare both forms on the same data). */
    public void setEnabled(boolean on) {
        enabled.set(on);
    }

    /** How many task queries were rewritten since start (tests check that the rewrite really ran). */
    public long rewrittenQueries() {
        return rewritten.get();
    }

    @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
    final class Rewrite implements Interceptor {

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            if (enabled.get()) {
                MetaObject handler = SystemMetaObject.forObject(invocation.getTarget());
                if (handler.hasGetter("delegate.mappedStatement")
                        && handler.getValue("delegate.mappedStatement") instanceof MappedStatement statement
                        && STATEMENTS.contains(statement.getId())) {
                    rewrite(handler, statement, (Connection) invocation.getArgs()[0]);
                }
            }
            return invocation.proceed();
        }

        private void rewrite(MetaObject handler, MappedStatement statement, Connection connection) throws SQLException {
            BoundSql bound = (BoundSql) handler.getValue("delegate.boundSql");
            String sql = bound.getSql();
            if (!sql.contains("ACT_RU_AUTHORIZATION")) {
                return; // no authorization check (system calls, authorizations off for the caller)
            }
            Optional<TaskListAuthorizationJoin.Join> found = TaskListAuthorizationJoin.find(sql);
            List<ParameterMapping> parameters = bound.getParameterMappings();
            if (found.isEmpty() || TaskListAuthorizationJoin.placeholders(sql, 0, sql.length()) != parameters.size()) {
                if (!sql.contains("TYPE_ = 2") && warned.compareAndSet(false, true)) { // REVOKE checks are left alone
                    LOG.warn("Task query not rewritten: its authorization join is not the expected one; the task list "
                            + "runs the engine's form (slow at many open tasks). SQL: {}", sql.replaceAll("\\s+", " "));
                }
                return;
            }
            TaskListAuthorizationJoin.Join join = found.get();
            boolean broad = broadGrants(connection, statement, bound, join);
            handler.setValue("delegate.boundSql.sql", TaskListAuthorizationJoin.rewrite(join, broad));
            handler.setValue("delegate.boundSql.parameterMappings",
                    withCopies(parameters, join, TaskListAuthorizationJoin.copies(broad)));
            rewritten.incrementAndGet();
        }

        /** Asked on the statement's own connection, so in its transaction. */
        private boolean broadGrants(Connection connection, MappedStatement statement, BoundSql bound,
                                    TaskListAuthorizationJoin.Join join) throws SQLException {
            String check = TaskListAuthorizationJoin.broadGrantsQuery(join);
            List<ParameterMapping> twice = new ArrayList<>(joinParameters(bound.getParameterMappings(), join));
            twice.addAll(joinParameters(bound.getParameterMappings(), join));
            BoundSql checkSql = new BoundSql(statement.getConfiguration(), check, twice, bound.getParameterObject());
            @SuppressWarnings("unchecked")
            Map<String, Object> extra = (Map<String, Object>) SystemMetaObject.forObject(bound).getValue("additionalParameters");
            extra.forEach(checkSql::setAdditionalParameter);
            try (PreparedStatement ps = connection.prepareStatement(check)) {
                new DefaultParameterHandler(statement, bound.getParameterObject(), checkSql).setParameters(ps);
                try (ResultSet rows = ps.executeQuery()) {
                    return rows.next() && rows.getLong(1) > 0;
                }
            }
        }

        private List<ParameterMapping> withCopies(List<ParameterMapping> parameters, TaskListAuthorizationJoin.Join join,
                                                  int copies) {
            List<ParameterMapping> copied = new ArrayList<>(parameters.size() + (copies - 1) * join.parameters());
            List<ParameterMapping> sub = joinParameters(parameters, join);
            copied.addAll(parameters.subList(0, join.firstParameter()));
            for (int i = 0; i < copies; i++) {
                copied.addAll(sub);
            }
            copied.addAll(parameters.subList(join.firstParameter() + join.parameters(), parameters.size()));
            return copied;
        }

        /** The parameters of the engine's authorization sub-query, in order. */
        private List<ParameterMapping> joinParameters(List<ParameterMapping> parameters, TaskListAuthorizationJoin.Join join) {
            return parameters.subList(join.firstParameter(), join.firstParameter() + join.parameters());
        }
    }
}
