package cn.xj.titlereview.task;

import cn.xj.titlereview.support.H2IntegrationTest;

@H2IntegrationTest
class TaskListQueryH2Test extends TaskListQueryContract {
}
