package cn.xj.titlereview.campaign;

import cn.xj.titlereview.support.H2IntegrationTest;

@H2IntegrationTest
class TaskVisibilityH2Test extends TaskVisibilityContract {
}
