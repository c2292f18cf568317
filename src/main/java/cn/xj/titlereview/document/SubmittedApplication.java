package cn.xj.titlereview.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.declaration.ApplicationForm;

/**
 * One frozen submission (the {@code application_snapshot} JSON) as documents need it: exactly what was
 * submitted, never the live draft. The ID number is only there masked.
 */
public record SubmittedApplication(String applicationNo, int version, Instant submittedAt, String idNumberMasked,
                                   ApplicationForm form, List<Page> pages) {

    /** A page of the materials: its attachment id and category. */
    public record Page(String id, String category) {
    }

    static SubmittedApplication parse(ObjectMapper json, String applicationNo, int version, Instant createdAt,
                                      String dataJson) {
        try {
            JsonNode data = json.readTree(dataJson);
            ApplicationForm form = json.treeToValue(data.path("form"), ApplicationForm.class);
            List<Page> pages = new ArrayList<>();
            data.path("attachments").forEach(a -> pages.add(new Page(a.path("id").asText(), a.path("category").asText())));
            String masked = data.path("idNumberMasked").isTextual() ? data.path("idNumberMasked").asText() : null;
            return new SubmittedApplication(applicationNo, version, createdAt, masked, form, List.copyOf(pages));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("申报 " + applicationNo + " 第 " + version + " 次提交的记录无法读取", e);
        }
    }

    /** The first page of a category (the declaration photo: {@code photo}). */
    public java.util.Optional<Page> page(String category) {
        return pages.stream().filter(p -> category.equals(p.category())).findFirst();
    }
}
