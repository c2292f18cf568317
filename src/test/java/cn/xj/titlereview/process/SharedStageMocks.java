package cn.xj.titlereview.process;

import org.camunda.bpm.engine.test.mock.Mocks;

import cn.xj.titlereview.review.PrepareReviewTaskListener;
import cn.xj.titlereview.review.RecordOutcomeListener;
import cn.xj.titlereview.review.ValidateDecisionListener;

/** The shared listeners (package review) that the back-stage models reference, for the in-memory engine. */
public final class SharedStageMocks {

    private SharedStageMocks() {
    }

    public static void register() {
        Mocks.register("recordOutcomeListener", new RecordOutcomeListener());
        Mocks.register("prepareReviewTaskListener", new PrepareReviewTaskListener());
        Mocks.register("validateDecisionListener", new ValidateDecisionListener());
    }
}
