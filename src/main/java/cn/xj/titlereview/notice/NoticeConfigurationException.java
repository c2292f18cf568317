package cn.xj.titlereview.notice;

import java.util.List;

/**
 * A notice file is missing, unreadable or breaks a rule. Thrown at start-up, so the product does
 * not run with a notice it cannot trust. Each problem reads "file: field.path rule" in Chinese.
 */
public class NoticeConfigurationException extends RuntimeException {

    private final List<String> problems;

    public NoticeConfigurationException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        if (problems.size() == 1) {
            return "通知配置有误：" + problems.get(0);
        }
        return "通知配置有 " + problems.size() + " 处错误：\n" + String.join("\n", problems);
    }
}
