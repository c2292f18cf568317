package cn.xj.titlereview.security;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Production ({@code mysql} profile) refuses to start without its own ID-number key: the
 * development key is public, and data encrypted with it is as good as plaintext.
 */
@Component
@Profile("mysql")
class IdNumberKeyCheck implements InitializingBean {

    private final IdNumberCryptoProperties properties;

    IdNumberKeyCheck(IdNumberCryptoProperties properties) {
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.keyConfigured()) {
            throw new IllegalStateException("mysql 配置下必须设置身份证号码加密密钥 titlereview.crypto.id-number-key"
                    + "（环境变量 TITLEREVIEW_CRYPTO_IDNUMBERKEY，Base64 编码的 32 字节随机数，如 openssl rand -base64 32）");
        }
        if (IdNumberCrypto.isDevelopmentKey(properties.idNumberKey())) {
            throw new IllegalStateException("mysql 配置下不得使用公开的开发密钥加密身份证号码：请设置 titlereview.crypto.id-number-key");
        }
        IdNumberCrypto.decodeKey(properties.idNumberKey());
    }
}
