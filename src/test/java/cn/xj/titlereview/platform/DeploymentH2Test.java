package cn.xj.titlereview.platform;

import cn.xj.titlereview.support.H2IntegrationTest;

@H2IntegrationTest
class DeploymentH2Test extends DeploymentContract {
}
