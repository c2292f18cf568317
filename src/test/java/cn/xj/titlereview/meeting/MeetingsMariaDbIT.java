package cn.xj.titlereview.meeting;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

@MariaDbIntegrationTest
class MeetingsMariaDbIT extends MeetingsContract {
}
