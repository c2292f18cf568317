package cn.xj.titlereview.review;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The fix windows of a notice ({@code fixWindows}, e.g. {@code PT48H,PT24H}): the n-th return uses
 * the n-th entry and the last entry repeats. Entries are ISO-8601 durations that both
 * {@link Duration} and Camunda timers understand ({@code PT48H}, {@code P2D}).
 */
public final class FixWindows {

    private final List<String> windows;

    private FixWindows(List<String> windows) {
        this.windows = List.copyOf(windows);
    }

    public static FixWindows parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ProcessEngineException("修改期限 fixWindows 未配置");
        }
        List<String> windows = new ArrayList<>();
        for (String part : text.split(",")) {
            String window = part.strip();
            try {
                Duration duration = Duration.parse(window);
                if (duration.isNegative() || duration.isZero()) {
                    throw new ProcessEngineException("修改期限必须为正：“" + window + "”");
                }
            } catch (DateTimeParseException e) {
                throw new ProcessEngineException("修改期限格式错误：“" + window
                        + "”（应为 ISO-8601 时长，如 PT48H、P2D）", e);
            }
            windows.add(window);
        }
        return new FixWindows(windows);
    }

    /** The window of the given return, counted from 1; the last entry repeats. */
    public String forReturn(int returnNumber) {
        if (returnNumber < 1) {
            throw new IllegalArgumentException("return number starts at 1: " + returnNumber);
        }
        return windows.get(Math.min(returnNumber, windows.size()) - 1);
    }

    public List<String> windows() {
        return windows;
    }
}
