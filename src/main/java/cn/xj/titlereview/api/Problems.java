package cn.xj.titlereview.api;

import java.util.ArrayList;
import java.util.List;

/** Collects every field problem of a request before anything is written. */
public final class Problems {

    private final List<FieldProblem> list = new ArrayList<>();

    public Problems add(String field, String rule, String message) {
        list.add(new FieldProblem(field, rule, message));
        return this;
    }

    public Problems addAll(List<FieldProblem> problems) {
        list.addAll(problems);
        return this;
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public boolean has(String field) {
        return list.stream().anyMatch(p -> p.field().equals(field));
    }

    public List<FieldProblem> list() {
        return List.copyOf(list);
    }

    /** Throws a 400 listing every problem collected, if there is any. */
    public void throwIfAny(String message) {
        if (!list.isEmpty()) {
            throw ApiProblemException.badRequest(message, list);
        }
    }
}
