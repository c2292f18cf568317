package cn.xj.titlereview.task;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
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
                        && STATEMENTS.contains(((MappedStatement) handler.getValue("delegate.mappedStatement")).getId())) {
                    rewrite(handler);
                }
            }
            return invocation.proceed();
        }

        private void rewrite(MetaObject handler) {
            BoundSql bound = (BoundSql) handler.getValue("delegate.boundSql");
            String sql = bound.getSql();
            if (!sql.contains("ACT_RU_AUTHORIZATION")) {
                return; // no authorization check (system calls, authorizations off for the caller)
            }
            Optional<TaskListAuthorizationJoin.Rewritten> union = TaskListAuthorizationJoin.rewrite(sql);
            List<ParameterMapping> parameters = bound.getParameterMappings();
            if (union.isEmpty() || TaskListAuthorizationJoin.placeholders(sql, 0, sql.length()) != parameters.size()) {
                if (!sql.contains("TYPE_ = 2") && warned.compareAndSet(false, true)) { // REVOKE checks are left alone
                    LOG.warn("Task query not rewritten: its authorization join is not the expected one; the task list "
                            + "runs the engine's form (slow at many open tasks). SQL: {}", sql.replaceAll("\\s+", " "));
                }
                return;
            }
            TaskListAuthorizationJoin.Rewritten r = union.get();
            List<ParameterMapping> bound3 = new ArrayList<>(parameters.size() + 2 * r.parametersInJoin());
            List<ParameterMapping> join = parameters.subList(r.firstInJoin(), r.firstInJoin() + r.parametersInJoin());
            bound3.addAll(parameters.subList(0, r.firstInJoin()));
            bound3.addAll(join);
            bound3.addAll(join);
            bound3.addAll(join);
            bound3.addAll(parameters.subList(r.firstInJoin() + r.parametersInJoin(), parameters.size()));
            handler.setValue("delegate.boundSql.sql", r.sql());
            handler.setValue("delegate.boundSql.parameterMappings", bound3);
            rewritten.incrementAndGet();
        }
    }
}
