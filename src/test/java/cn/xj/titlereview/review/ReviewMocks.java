package cn.xj.titlereview.review;

import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the beans the front-stage models reference, for the in-memory test engine. */
final class ReviewMocks {

    private ReviewMocks() {
    }

    static void register() {
        RevisionPolicy policy = new RevisionPolicy();
        Mocks.register("prepareReviewTaskListener", new PrepareReviewTaskListener());
        Mocks.register("validateDecisionListener", new ValidateDecisionListener());
        Mocks.register("recordOutcomeListener", new RecordOutcomeListener());
        Mocks.register("startUnitPublicityDelegate", new StartUnitPublicityDelegate());
        Mocks.register("recordUnitOpinionDelegate", new RecordUnitOpinionDelegate());
        Mocks.register("recordCompetentOpinionDelegate", new RecordCompetentOpinionDelegate());
        Mocks.register("recordCommitteeAcceptanceDelegate", new RecordCommitteeAcceptanceDelegate());
        Mocks.register("prepareRevisionDelegate", new PrepareRevisionDelegate(policy));
        Mocks.register("countResubmissionDelegate", new CountResubmissionDelegate(policy));
        Mocks.register("workdays", new CalendarDaysWorkdays());
    }

    static void reset() {
        Mocks.reset();
    }
}
