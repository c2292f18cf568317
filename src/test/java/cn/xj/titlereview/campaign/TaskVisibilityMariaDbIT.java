package cn.xj.titlereview.campaign;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

@MariaDbIntegrationTest
class TaskVisibilityMariaDbIT extends TaskVisibilityContract {
}
