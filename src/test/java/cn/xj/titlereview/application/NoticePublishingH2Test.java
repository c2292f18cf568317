package cn.xj.titlereview.application;

import cn.xj.titlereview.support.H2IntegrationTest;

@H2IntegrationTest
class NoticePublishingH2Test extends NoticePublishingContract {
}
