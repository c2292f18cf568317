package cn.xj.titlereview.registration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default gateway: writes the message (code included) to the log, so a demo can register without a provider.
 * An installation that lets real applicants in sets {@code titlereview.sms.gateway=http}.
 */
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    LoggingSmsGateway() {
        log.warn("短信未接入短信平台（titlereview.sms.gateway=log）：验证码只写入日志，仅供演示");
    }

    @Override
    public void send(String phone, String text) {
        log.info("短信（未发送，仅记录）至 {}：{}", SmsGateway.maskPhone(phone), text);
    }
}
