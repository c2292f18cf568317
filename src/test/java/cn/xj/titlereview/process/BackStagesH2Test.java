package cn.xj.titlereview.process;

import cn.xj.titlereview.support.H2IntegrationTest;

@H2IntegrationTest
class BackStagesH2Test extends BackStagesContract {
}
