package cn.xj.titlereview.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The eligibility decision tables evaluated from their files by a standalone DMN engine. */
final class DmnFiles {

    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final Map<String, DmnDecision> PARSED = new ConcurrentHashMap<>();

    private DmnFiles() {
    }

    static DmnEligibilityDecisions decisions() {
        return new DmnEligibilityDecisions((key, variables) -> ENGINE.evaluateDecision(decision(key), variables));
    }

    static DmnDecision decision(String key) {
        return PARSED.computeIfAbsent(key, k -> {
            try (InputStream in = DmnFiles.class.getClassLoader().getResourceAsStream("processes/decisions/" + k + ".dmn")) {
                if (in == null) {
                    throw new IllegalStateException("processes/decisions/" + k + ".dmn not on the classpath");
                }
                return ENGINE.parseDecision(k, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
