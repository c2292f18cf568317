package cn.xj.titlereview.document.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which of a notice's applications one user may export, as an SQL condition on the
 * {@code application} table: the union of what each of the user's roles reads. Drafts are never in.
 */
record ExportScope(String condition, List<Object> parameters, String description) {

    static final ExportScope WHOLE_NOTICE = new ExportScope("1 = 1", List.of(), "全部");

    static ExportScope units(Set<String> unitCodes, String description) {
        List<String> codes = unitCodes.stream().sorted().toList();
        String marks = String.join(", ", codes.stream().map(c -> "?").toList());
        return new ExportScope("employer_unit_code in (" + marks + ")", List.copyOf(codes), description);
    }

    /** The committee serving the notice: all but what a letter delegated to another committee. */
    static ExportScope servingCommittee(String committeeCode) {
        return new ExportScope("(delegated_evaluation is null or delegated_evaluation = false"
                + " or delegated_to_committee is null or delegated_to_committee = ?)", List.of(committeeCode),
                "评委会" + committeeCode);
    }

    /** Another area's committee: only what a letter delegated to it (委托评审). */
    static ExportScope delegatedTo(String committeeCode) {
        return new ExportScope("(delegated_evaluation = true and delegated_to_committee = ?)", List.of(committeeCode),
                "受委托评委会" + committeeCode);
    }

    static ExportScope anyOf(List<ExportScope> scopes) {
        if (scopes.size() == 1) {
            return scopes.get(0);
        }
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (ExportScope scope : scopes) {
            conditions.add("(" + scope.condition + ")");
            parameters.addAll(scope.parameters);
            descriptions.add(scope.description);
        }
        return new ExportScope(String.join(" or ", conditions), parameters, String.join("、", descriptions));
    }
}
