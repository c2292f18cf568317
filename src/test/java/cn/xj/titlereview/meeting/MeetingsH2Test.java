package cn.xj.titlereview.meeting;

import cn.xj.titlereview.support.H2IntegrationTest;

@H2IntegrationTest
class MeetingsH2Test extends MeetingsContract {
}
