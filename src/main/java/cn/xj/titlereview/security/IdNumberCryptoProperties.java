package cn.xj.titlereview.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code titlereview.crypto.id-number-key}: Base64 of 32 random bytes (e.g. {@code openssl rand
 * -base64 32}), from which the AES-GCM key and the blind-index key of ID numbers are derived.
 * Environment variable: {@code TITLEREVIEW_CRYPTO_IDNUMBERKEY}. Unset: the development key
 * ({@link IdNumberCrypto#DEVELOPMENT_KEY}), which the {@code mysql} profile refuses.
 */
@ConfigurationProperties("titlereview.crypto")
public record IdNumberCryptoProperties(String idNumberKey) {

    public boolean keyConfigured() {
        return idNumberKey != null && !idNumberKey.isBlank();
    }

    @Override
    public String toString() {
        return "IdNumberCryptoProperties[idNumberKey=" + (keyConfigured() ? "(set)" : "(unset)") + "]";
    }
}
