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

    /**
     * A committee serving the notice: what {@code choice} leaves to it, neither delegated elsewhere by a letter
     * nor a direct recognition (no committee), and what a letter delegated to it.
     */
    static ExportScope servingCommittee(String committeeCode, String choice, List<Object> choiceParameters) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(committeeCode);
        parameters.addAll(choiceParameters);
        return new ExportScope("(delegated_evaluation = true and delegated_to_committee = ?)"
                + " or ((delegated_evaluation is null or delegated_evaluation = false or delegated_to_committee is null)"
                + " and (direct_recognition is null or direct_recognition = false) and (" + choice + "))",
                parameters, "评委会" + committeeCode);
    }

    /** The notice's bureau: all but the direct recognitions of these units (another bureau recognises them). */
    static ExportScope exceptDirectRecognitionOf(Set<String> unitCodes, String description) {
        ExportScope units = units(unitCodes, description);
        return new ExportScope("(direct_recognition is null or direct_recognition = false or not " + units.condition + ")",
                units.parameters, description);
    }

    /** A prefecture's bureau: the direct recognitions of its prefecture's units. */
    static ExportScope directRecognitionOf(Set<String> unitCodes, String description) {
        ExportScope units = units(unitCodes, description);
        return new ExportScope("(direct_recognition = true and " + units.condition + ")", units.parameters, description);
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
