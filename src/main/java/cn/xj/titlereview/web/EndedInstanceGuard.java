package cn.xj.titlereview.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The engine REST calls on one process instance, execution or task that Camunda answers with 500 when it is not
 * running (its variables, its form, its identity links, completing it …): the engine throws a {@code
 * NullValueException}, logs it at ERROR (ENGINE-16004) and REST makes it a 500. Asked before the call, with the
 * caller's own authorizations for what history shows:
 *
 * <ul>
 *   <li>running: the call goes on, and Camunda decides (403 without the permission);</li>
 *   <li>ended, and the caller may read its history: 409, with where the history is;</li>
 *   <li>ended, and the caller may not read it: 403, as while it ran;</li>
 *   <li>never existed: 404.</li>
 * </ul>
 *
 * <p>Only for an authenticated caller (it runs after the engine REST login; the webapps' engine API passes through
 * when no login is known yet), so nobody learns whether an id exists before logging in. The answer has Camunda's
 * error shape ({@code type}, {@code message}) with the product's {@code errors}, in Chinese.
 */
@Component
@Order(EndedInstanceGuard.ORDER)
public class EndedInstanceGuard extends OncePerRequestFilter {

    /** After the engine REST login (order 101 in {@link EngineRestSecurityConfiguration}). */
    static final int ORDER = 150;

    private static final Pattern PATH = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/(process-instance|execution|task)/([^/]+)/([^/]+)(?:/.*)?$");

    /** The sub-resources of each kind that need it running (the others answer 404 themselves or need no instance). */
    private static final Map<String, Set<String>> GUARDED = Map.of(
            "process-instance", Set.of("variables"),
            "execution", Set.of("localVariables", "messageSubscriptions", "signal"),
            "task", Set.of("variables", "localVariables", "form-variables", "form", "rendered-form", "deployed-form",
                    "identity-links", "complete", "submit-form", "claim", "unclaim", "assignee", "delegate", "resolve",
                    "bpmnError", "bpmnEscalation"));

    private final ObjectProvider<ProcessEngine> engine;
    private final ObjectMapper json;

    public EndedInstanceGuard(ObjectProvider<ProcessEngine> engine, ObjectMapper json) {
        this.engine = engine;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        Matcher m = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        return !m.matches() || !GUARDED.get(m.group(1)).contains(m.group(3));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        ProcessEngine processEngine = engine.getIfAvailable();
        if (!m.matches() || processEngine == null
                || processEngine.getIdentityService().getCurrentAuthentication() == null) {
            chain.doFilter(request, response);
            return;
        }
        String kind = m.group(1);
        String id = m.group(2);
        Answer answer = switch (kind) {
            case "task" -> task(processEngine, id);
            case "execution" -> execution(processEngine, id);
            default -> processInstance(processEngine, id);
        };
        if (answer == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(answer.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), Map.of("type", answer.type(), "message", answer.message(),
                "errors", List.of(Map.of("field", kind, "rule", answer.rule(), "message", answer.message()))));
    }

    private record Answer(int status, String type, String rule, String message) {
    }

    private Answer processInstance(ProcessEngine e, String id) {
        if (asSystem(e, () -> e.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count()) > 0) {
            return null;
        }
        return ended(e.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id)::count,
                asSystem(e, () -> e.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).count()),
                "流程实例 " + id, "流程实例 " + id + " 已结束，其变量只能从历史读取（GET /engine-rest/history/variable-instance?"
                        + "processInstanceId=" + id + "）");
    }

    private Answer execution(ProcessEngine e, String id) {
        if (asSystem(e, () -> e.getRuntimeService().createExecutionQuery().executionId(id).count()) > 0) {
            return null;
        }
        Supplier<Long> history = () -> e.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).count()
                + e.getHistoryService().createHistoricActivityInstanceQuery().executionId(id).count();
        return ended(history, asSystem(e, history), "执行 " + id, "执行 " + id + " 已结束，其变量只能从历史读取"
                + "（GET /engine-rest/history/variable-instance?executionIdIn=" + id + "）");
    }

    private Answer task(ProcessEngine e, String id) {
        if (asSystem(e, () -> e.getTaskService().createTaskQuery().taskId(id).count()) > 0) {
            return null;
        }
        return ended(e.getHistoryService().createHistoricTaskInstanceQuery().taskId(id)::count,
                asSystem(e, () -> e.getHistoryService().createHistoricTaskInstanceQuery().taskId(id).count()),
                "任务 " + id, "任务 " + id + " 已完成或已取消，不能再读取或办理（历史：GET /engine-rest/history/task?taskId="
                        + id + "&maxResults=1）");
    }

    /**
     * Not running: ended (history has it) or unknown. Whether the caller sees the history decides between 409 and
     * 403: the caller's own query, under the engine's authorization checks.
     */
    private static Answer ended(Supplier<Long> asCaller, long inHistory, String what, String endedMessage) {
        if (inHistory == 0) {
            return new Answer(HttpServletResponse.SC_NOT_FOUND, "InvalidRequestException", "不存在", what + " 不存在");
        }
        if (asCaller.get() == 0) {
            return new Answer(HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", "无权查看", "无权查看" + what);
        }
        return new Answer(HttpServletResponse.SC_CONFLICT, "InvalidRequestException", "已结束", endedMessage);
    }

    /** Without the caller's authentication: the engine then checks no authorization. */
    private static long asSystem(ProcessEngine e, Supplier<Long> query) {
        IdentityService identity = e.getIdentityService();
        Authentication saved = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (saved != null) {
                identity.setAuthentication(saved);
            }
        }
    }
}
