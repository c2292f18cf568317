package cn.xj.titlereview.unitaccount;

import cn.xj.titlereview.support.H2IntegrationTest;

@H2IntegrationTest
class UnitAccountsH2Test extends UnitAccountsContract {
}
