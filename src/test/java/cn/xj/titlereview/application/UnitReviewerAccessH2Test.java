package cn.xj.titlereview.application;

import cn.xj.titlereview.support.H2IntegrationTest;

@H2IntegrationTest
class UnitReviewerAccessH2Test extends UnitReviewerAccessContract {
}
