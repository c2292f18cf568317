package cn.xj.titlereview.campaign;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

@MariaDbIntegrationTest
class CampaignMariaDbIT extends CampaignContract {
}
