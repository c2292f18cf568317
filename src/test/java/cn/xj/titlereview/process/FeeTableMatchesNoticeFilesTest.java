package cn.xj.titlereview.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import cn.xj.titlereview.notice.LoadedNotice;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeLoader;

/**
 * The fee table (what the payment stage charges) and the notice files (what the API shows and the
 * designers edit) must never disagree: every fee of every notice file is the table's result.
 */
class FeeTableMatchesNoticeFilesTest {

    @Test
    void everyFeeInTheNoticeFilesIsWhatTheFeeTableCharges() throws Exception {
        DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnDecision fee;
        try (InputStream in = getClass().getResourceAsStream("/" + PaymentProcess.FEE_DECISION_RESOURCE)) {
            fee = dmn.parseDecision(PaymentProcess.FEE_DECISION, in);
        }
        int compared = 0;
        for (LoadedNotice loaded : new NoticeLoader().load(new PathMatchingResourcePatternResolver(), null)) {
            NoticeDefinition notice = loaded.definition();
            if (notice.fees() == null) {
                continue;
            }
            for (var entry : notice.fees().perLevel().entrySet()) {
                Object charged = dmn.evaluateDecisionTable(fee,
                        Map.of("noticeId", notice.id(), "level", entry.getKey().name())).getSingleEntry();
                assertThat(((Number) charged).intValue()).as("%s %s", notice.id(), entry.getKey())
                        .isEqualTo(entry.getValue());
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(13);
    }
}
