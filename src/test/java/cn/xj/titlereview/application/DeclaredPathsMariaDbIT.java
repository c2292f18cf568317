package cn.xj.titlereview.application;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

/** The declared paths end to end on the MySQL-family server with the production profile. */
@MariaDbIntegrationTest
class DeclaredPathsMariaDbIT extends DeclaredPathsContract {
}
