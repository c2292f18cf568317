package cn.xj.titlereview.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.PasswordPolicyRule;

import cn.xj.titlereview.api.FieldProblem;

/** The engine's password policy rules in Chinese, one problem of field {@code password} per rule. */
public final class PasswordPolicyProblems {

    private PasswordPolicyProblems() {
    }

    public static List<FieldProblem> of(List<PasswordPolicyRule> rules, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        for (PasswordPolicyRule rule : rules) {
            problems.add(problem(rule, field));
        }
        return problems;
    }

    /** "密码不符合密码策略：至少10个字符；…" */
    public static String sentence(List<FieldProblem> problems) {
        return "密码不符合密码策略：" + String.join("；", problems.stream().map(FieldProblem::message).toList());
    }

    public static FieldProblem problem(PasswordPolicyRule rule, String field) {
        Map<String, String> parameters = rule.getParameters() == null ? Map.of() : rule.getParameters();
        return switch (rule.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> new FieldProblem(field, "长度", "至少" + parameters.get("minLength") + "个字符");
            case "PASSWORD_POLICY_LOWERCASE" -> new FieldProblem(field, "小写字母",
                    "至少" + parameters.get("minLowerCase") + "个小写字母");
            case "PASSWORD_POLICY_UPPERCASE" -> new FieldProblem(field, "大写字母",
                    "至少" + parameters.get("minUpperCase") + "个大写字母");
            case "PASSWORD_POLICY_DIGIT" -> new FieldProblem(field, "数字", "至少" + parameters.get("minDigit") + "个数字");
            case "PASSWORD_POLICY_SPECIAL" -> new FieldProblem(field, "特殊字符",
                    "至少" + parameters.get("minSpecial") + "个特殊字符（如 #、@、!）");
            case "PASSWORD_POLICY_USER_DATA" -> new FieldProblem(field, "个人信息", "不得包含用户名、姓名或邮箱");
            default -> new FieldProblem(field, rule.getPlaceholder(), "须符合规则 " + rule.getPlaceholder() + " " + parameters);
        };
    }
}
