package cn.xj.titlereview.registration;

import cn.xj.titlereview.support.H2IntegrationTest;

@H2IntegrationTest
class RegistrationH2Test extends RegistrationContract {
}
