package cn.xj.titlereview.application.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the application's variables wherever a listener sits (notice process or called stage). */
final class ProcessVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProcessVariables() {
    }

    static String applicationNo(VariableScope scope, String businessKey) {
        Object value = scope.getVariable("applicationNo");
        return value instanceof String s && !s.isBlank() ? s : businessKey;
    }

    static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /**
     * {@code returnReasons} as a list: a Java collection, a JSON array (Spin or text), or text with
     * one reason per line.
     */
    static List<String> reasons(Object value) {
        List<String> reasons = new ArrayList<>();
        if (value == null) {
            return reasons;
        }
        if (value instanceof Collection<?> collection) {
            collection.stream().filter(v -> v != null).forEach(v -> reasons.add(v.toString()));
            return reasons;
        }
        String text = value.toString().strip();
        if (text.startsWith("[")) {
            try {
                JsonNode node = JSON.readTree(text);
                node.forEach(item -> reasons.add(item.isTextual() ? item.asText() : item.toString()));
                return reasons;
            } catch (java.io.IOException e) {
                // not JSON after all: one reason per line
            }
        }
        text.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(reasons::add);
        return reasons;
    }
}
