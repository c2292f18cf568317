package cn.xj.titlereview.process;

import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and Java type, so that no variable name is a loose string and
 * a missing or mistyped value fails fast with a message naming the variable.
 *
 * @param <T> the Java type of the value
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;
    private final Function<Object, T> converter;

    private ProcessVariable(String name, Class<T> type, Function<Object, T> converter) {
        this.name = name;
        this.type = type;
        this.converter = converter;
    }

    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class, value -> value instanceof String s ? s : null);
    }

    /** Integer variable; any whole number (engine REST may deliver Long) is accepted. */
    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, Integer.class, value -> {
            if (value instanceof Integer i) {
                return i;
            }
            if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                return Math.toIntExact(n.longValue());
            }
            return null;
        });
    }

    public static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, Boolean.class, value -> {
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof String s && ("true".equalsIgnoreCase(s) || "false".equalsIgnoreCase(s))) {
                return Boolean.valueOf(s);
            }
            return null;
        });
    }

    /** A number (a ratio such as 2/3); YAML and REST may send a whole number or a decimal. */
    public static ProcessVariable<Double> number(String name) {
        return new ProcessVariable<>(name, Double.class, value -> value instanceof Number n ? n.doubleValue() : null);
    }

    public static ProcessVariable<Date> date(String name) {
        return new ProcessVariable<>(name, Date.class, value -> value instanceof Date d ? d : null);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** The value, or empty when the variable is absent or null. */
    public Optional<T> find(VariableScope scope) {
        return Optional.ofNullable(convert(scope.getVariable(name)));
    }

    /** The value, or {@code null} when absent. */
    public T get(VariableScope scope) {
        return find(scope).orElse(null);
    }

    public T getOrDefault(VariableScope scope, T defaultValue) {
        return find(scope).orElse(defaultValue);
    }

    /** The value; a missing value is a modelling or start-up error and fails the transaction. */
    public T require(VariableScope scope) {
        return find(scope).orElseThrow(() -> new ProcessEngineException(
                "流程变量 " + name + " 缺失（应为 " + type.getSimpleName() + "）"));
    }

    /** The value held in the scope itself (an input parameter or a task-local variable). */
    public T requireLocal(VariableScope scope) {
        T value = convert(scope.getVariableLocal(name));
        if (value == null) {
            throw new ProcessEngineException("局部变量 " + name + " 缺失（应为 " + type.getSimpleName() + "）");
        }
        return value;
    }

    public boolean isPresent(VariableScope scope) {
        return scope.getVariable(name) != null;
    }

    /** Puts the value under this variable's name into a map of variables (a start or a completion). */
    public void put(Map<String, Object> variables, T value) {
        variables.put(name, value);
    }

    /** The value in a map of variables (a task's, a history query's), or {@code null} when absent. */
    public T from(Map<String, ?> variables) {
        return convert(variables.get(name));
    }

    /** A raw value read elsewhere (a historic variable instance), converted or refused as {@link #get} does. */
    public T convertValue(Object raw) {
        return convert(raw);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value);
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    private T convert(Object raw) {
        if (raw == null) {
            return null;
        }
        T value = converter.apply(raw);
        if (value == null) {
            throw new ProcessEngineException("流程变量 " + name + " 的类型应为 " + type.getSimpleName()
                    + "，实际为 " + raw.getClass().getSimpleName());
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProcessVariable<?> that && name.equals(that.name) && type.equals(that.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type);
    }

    @Override
    public String toString() {
        return name + ":" + type.getSimpleName();
    }
}
