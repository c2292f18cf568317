package cn.xj.titlereview.application;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

/** An expert sees no identifying data, on the MySQL-family server with the production profile. */
@MariaDbIntegrationTest
class ExpertSeesNoIdentityMariaDbIT extends ExpertSeesNoIdentityContract {
}
