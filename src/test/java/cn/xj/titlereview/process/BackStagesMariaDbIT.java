package cn.xj.titlereview.process;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

/** The back stages on the MySQL-family server: row locks, datetime columns and JSON variables there. */
@MariaDbIntegrationTest
class BackStagesMariaDbIT extends BackStagesContract {
}
