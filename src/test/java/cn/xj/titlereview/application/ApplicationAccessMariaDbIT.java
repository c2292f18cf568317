package cn.xj.titlereview.application;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

/** Who reads an application, on the MySQL-family server with the production profile. */
@MariaDbIntegrationTest
class ApplicationAccessMariaDbIT extends ApplicationAccessContract {
}
