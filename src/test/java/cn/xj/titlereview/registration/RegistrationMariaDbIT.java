package cn.xj.titlereview.registration;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

/** Registration on the MySQL-family server: its keys refuse the second registration and the engine's user rolls back. */
@MariaDbIntegrationTest
class RegistrationMariaDbIT extends RegistrationContract {
}
