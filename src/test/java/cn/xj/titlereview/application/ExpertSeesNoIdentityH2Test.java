package cn.xj.titlereview.application;

import cn.xj.titlereview.support.H2IntegrationTest;

@H2IntegrationTest
class ExpertSeesNoIdentityH2Test extends ExpertSeesNoIdentityContract {
}
