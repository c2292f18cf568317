package cn.xj.titlereview.process;

import java.util.Date;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and Java type, so that delegates never handle a loose
 * string or an unchecked cast. Numbers are converted between Integer, Long and Double,
 * because callers (REST, YAML, forms) do not always send the narrowest type.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;

    private ProcessVariable(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static ProcessVariable<String> stringVariable(String name) {
        return new ProcessVariable<>(name, String.class);
    }

    public static ProcessVariable<Integer> integerVariable(String name) {
        return new ProcessVariable<>(name, Integer.class);
    }

    public static ProcessVariable<Double> doubleVariable(String name) {
        return new ProcessVariable<>(name, Double.class);
    }

    public static ProcessVariable<Boolean> booleanVariable(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    public static ProcessVariable<Date> dateVariable(String name) {
        return new ProcessVariable<>(name, Date.class);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** The value, failing fast with a message naming the variable when it is missing. */
    public T get(VariableScope scope) {
        return find(scope).orElseThrow(() -> new IllegalStateException("缺少流程变量：" + name));
    }

    public Optional<T> find(VariableScope scope) {
        return Optional.ofNullable(convert(scope.getVariable(name)));
    }

    public T getOrDefault(VariableScope scope, T defaultValue) {
        return find(scope).orElse(defaultValue);
    }

    /** Sets the value where the variable already lives, or on the process instance. */
    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    private T convert(Object value) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        if (value instanceof Number number) {
            if (type == Integer.class) {
                return type.cast(Math.toIntExact(number.longValue()));
            }
            if (type == Long.class) {
                return type.cast(number.longValue());
            }
            if (type == Double.class) {
                return type.cast(number.doubleValue());
            }
        }
        throw new IllegalStateException("流程变量 " + name + " 的类型应为 " + type.getSimpleName()
                + "，实际为 " + value.getClass().getSimpleName());
    }

    @Override
    public String toString() {
        return name + ":" + type.getSimpleName();
    }
}
