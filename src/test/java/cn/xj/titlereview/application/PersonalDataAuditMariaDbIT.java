package cn.xj.titlereview.application;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

/** The audit contract on the MySQL-family server with the production profile. */
@MariaDbIntegrationTest
class PersonalDataAuditMariaDbIT extends PersonalDataAuditContract {
}
