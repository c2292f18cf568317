package cn.xj.titlereview.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.security.PasswordPolicyProblems;

/**
 * Engine REST answers a password the policy refuses (creating a user, changing a password) with
 * 400 and the policy in Chinese, one entry per rule, instead of Camunda's 500. The engine signals
 * it only by the message of a plain {@link ProcessEngineException}; every other exception goes on to
 * Camunda's own mapper (this one is tried first, {@link Priority}, and maps nothing else).
 *
 * <p>Body: Camunda's error shape ({@code type}, {@code message}) for its clients, with the
 * product's {@code errors: [{field, rule, message}]}.
 */
@Priority(Priorities.USER - 100)
class PasswordPolicyExceptionMapper implements ExtendedExceptionMapper<ProcessEngineException> {

    /** What SaveUserCmd throws; Camunda has no type of its own for it. */
    static final String ENGINE_MESSAGE = "Password does not match policy";

    private final Supplier<IdentityService> identityService;

    PasswordPolicyExceptionMapper(Supplier<IdentityService> identityService) {
        this.identityService = identityService;
    }

    @Override
    public boolean isMappable(ProcessEngineException exception) {
        return exception.getClass() == ProcessEngineException.class && ENGINE_MESSAGE.equals(exception.getMessage());
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
        List<Map<String, String>> errors = new ArrayList<>();
        PasswordPolicy policy = identityService.get().getPasswordPolicy();
        if (policy != null) {
            for (PasswordPolicyRule rule : policy.getRules()) {
                errors.add(problem(rule));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", exception.getClass().getSimpleName());
        body.put("message", "密码不符合密码策略："
                + String.join("；", errors.stream().map(e -> e.get("message")).toList()));
        body.put("errors", errors);
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body).build();
    }

    private static Map<String, String> problem(PasswordPolicyRule rule) {
        FieldProblem p = PasswordPolicyProblems.problem(rule, "password");
        Map<String, String> problem = new LinkedHashMap<>();
        problem.put("field", p.field());
        problem.put("rule", p.rule());
        problem.put("message", p.message());
        return problem;
    }
}
