package cn.xj.titlereview.application;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

/** Notice publishing on the MySQL-family server with the production profile. */
@MariaDbIntegrationTest
class NoticePublishingMariaDbIT extends NoticePublishingContract {
}
