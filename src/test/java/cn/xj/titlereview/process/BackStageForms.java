package cn.xj.titlereview.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Camunda Forms of the back stages, read from the classpath. */
final class BackStageForms {

    static final List<String> FILES = List.of(
            "committee-paper-received.form",
            "defense-record.form",
            "expert-vote.form",
            "committee-meeting-close.form",
            "result-objection-review.form",
            "hr-confirm.form");

    private BackStageForms() {
    }

    static JsonNode read(String file) throws IOException {
        try (InputStream in = BackStageForms.class.getClassLoader().getResourceAsStream("processes/forms/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing form " + file);
            }
            return new ObjectMapper().readTree(in);
        }
    }

    static Set<String> formIds() throws IOException {
        List<String> ids = new ArrayList<>();
        for (String file : FILES) {
            ids.add(read(file).path("id").asText());
        }
        return Set.copyOf(ids);
    }
}
