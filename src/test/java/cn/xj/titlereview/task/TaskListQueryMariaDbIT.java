package cn.xj.titlereview.task;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

@MariaDbIntegrationTest
class TaskListQueryMariaDbIT extends TaskListQueryContract {
}
