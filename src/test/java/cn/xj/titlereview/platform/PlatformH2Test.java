package cn.xj.titlereview.platform;

import cn.xj.titlereview.support.H2IntegrationTest;

@H2IntegrationTest
class PlatformH2Test extends PlatformContract {
}
