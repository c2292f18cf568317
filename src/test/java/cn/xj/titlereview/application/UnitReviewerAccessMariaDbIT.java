package cn.xj.titlereview.application;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

@MariaDbIntegrationTest
class UnitReviewerAccessMariaDbIT extends UnitReviewerAccessContract {
}
