package cn.xj.titlereview.notice.publish;

import io.swagger.v3.oas.annotations.media.Schema;

/** One problem of an uploaded notice file: the file, the field path, the rule it breaks, and the sentence. */
@Schema(description = "通知文件的问题")
public record NoticeProblem(
        @Schema(description = "文件", example = "notice-2025-akesu-coal.yml") String file,
        @Schema(description = "字段路径", example = "windows.declaration.end") String field,
        @Schema(description = "违反的规则", example = "早于 start") String rule,
        @Schema(description = "说明") String message) {

    /** A problem of the notice validator ("file: field rule"). */
    static NoticeProblem ofValidator(String file, String text) {
        String rest = text.startsWith(file + ": ") ? text.substring(file.length() + 2) : text;
        int space = rest.indexOf(' ');
        String first = space < 0 ? rest : rest.substring(0, space);
        if (space > 0 && first.matches("[A-Za-z][A-Za-z0-9_.\\[\\]\\-]*")) {
            return new NoticeProblem(file, first, rest.substring(space + 1).trim(), text);
        }
        return new NoticeProblem(file, "", rest, text);
    }
}
