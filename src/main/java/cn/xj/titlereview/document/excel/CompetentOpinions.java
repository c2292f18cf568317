package cn.xj.titlereview.document.excel;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The competent department's recorded recommendation (task {@code competent_recommend}) per application. */
@Component
class CompetentOpinions {

    static final String TASK = "competent_recommend";

    /** The latest opinion on an application: decision, comment, when. */
    record Opinion(String decision, String comment, Instant decidedAt) {
    }

    private final JdbcTemplate jdbc;

    CompetentOpinions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Opinion> latest(Collection<String> applicationNos) {
        if (applicationNos.isEmpty()) {
            return Map.of();
        }
        List<String> nos = List.copyOf(applicationNos);
        String marks = String.join(", ", nos.stream().map(n -> "?").toList());
        Object[] args = new Object[nos.size() + 1];
        args[0] = TASK;
        for (int i = 0; i < nos.size(); i++) {
            args[i + 1] = nos.get(i);
        }
        Map<String, Opinion> latest = new HashMap<>();
        // in the order recorded (by id: timestamps lose sub-seconds on MySQL), so the last one stays
        jdbc.query("select application_no, decision, comment_text, decided_at from application_decision"
                        + " where task_key = ? and application_no in (" + marks + ") order by id",
                rs -> {
                    latest.put(rs.getString(1), new Opinion(rs.getString(2), rs.getString(3),
                            ApplicationPages.instant(rs, 4)));
                }, args);
        return latest;
    }
}
