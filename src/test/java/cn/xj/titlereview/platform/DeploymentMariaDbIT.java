package cn.xj.titlereview.platform;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

@MariaDbIntegrationTest
class DeploymentMariaDbIT extends DeploymentContract {
}
