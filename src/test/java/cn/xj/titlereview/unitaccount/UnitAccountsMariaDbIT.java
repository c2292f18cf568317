package cn.xj.titlereview.unitaccount;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

/** Unit accounts on the MySQL-family server: the open-registration key, the engine's user in the approval's transaction. */
@MariaDbIntegrationTest
class UnitAccountsMariaDbIT extends UnitAccountsContract {
}
