package cn.xj.titlereview.campaign;

import cn.xj.titlereview.support.H2IntegrationTest;

@H2IntegrationTest
class CampaignH2Test extends CampaignContract {
}
