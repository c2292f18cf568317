package cn.xj.titlereview.process;

import org.camunda.bpm.engine.test.mock.Mocks;

import cn.xj.titlereview.review.CheckUnitOpinionDelegate;
import cn.xj.titlereview.review.CountResubmissionDelegate;
import cn.xj.titlereview.review.PrepareReviewTaskListener;
import cn.xj.titlereview.review.PrepareRevisionDelegate;
import cn.xj.titlereview.review.RecordCommitteeAcceptanceDelegate;
import cn.xj.titlereview.review.RecordCompetentOpinionDelegate;
import cn.xj.titlereview.review.RecordOutcomeListener;
import cn.xj.titlereview.review.RecordUnitOpinionDelegate;
import cn.xj.titlereview.review.RevisionPolicy;
import cn.xj.titlereview.review.StartUnitPublicityDelegate;
import cn.xj.titlereview.review.ValidateDecisionListener;

/** Registers the beans the front-stage models reference, for the in-memory test engine. */
public final class ReviewMocks {

    private ReviewMocks() {
    }

    public static void register() {
        RevisionPolicy policy = new RevisionPolicy();
        Mocks.register("prepareReviewTaskListener", new PrepareReviewTaskListener());
        Mocks.register("validateDecisionListener", new ValidateDecisionListener());
        Mocks.register("recordOutcomeListener", new RecordOutcomeListener());
        Mocks.register("startUnitPublicityDelegate", new StartUnitPublicityDelegate());
        Mocks.register("recordUnitOpinionDelegate", new RecordUnitOpinionDelegate());
        Mocks.register("checkUnitOpinionDelegate", new CheckUnitOpinionDelegate());
        Mocks.register("recordCompetentOpinionDelegate", new RecordCompetentOpinionDelegate());
        Mocks.register("recordCommitteeAcceptanceDelegate", new RecordCommitteeAcceptanceDelegate());
        Mocks.register("prepareRevisionDelegate", new PrepareRevisionDelegate(policy));
        Mocks.register("countResubmissionDelegate", new CountResubmissionDelegate(policy));
        Mocks.register("workdays", new CalendarDaysWorkdays());
    }

    public static void reset() {
        Mocks.reset();
    }
}
