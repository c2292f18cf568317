package cn.xj.titlereview.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Protection of ID numbers at rest.
 *
 * <ul>
 *   <li>{@link #encrypt}: AES-256-GCM with a random 96-bit IV per value (the same number gives a
 *       different ciphertext each time) and a 128-bit tag, so any change to the stored value is
 *       detected on {@link #decrypt}. Stored as {@code v1:} + Base64(IV || ciphertext || tag).
 *   <li>{@link #blindIndex}: HMAC-SHA256 of the normalised number (hex), the same for the same
 *       number: unique constraints and look-ups without decrypting.
 * </ul>
 *
 * Both keys are derived from the one configured master key (HMAC-SHA256 with distinct labels),
 * so the encryption key is never used for the index. Values never appear in messages or logs.
 */
@Component
public class IdNumberCrypto {

    /**
     * Development key: ONLY for the embedded H2 default on a developer's machine. Public, so it
     * protects nothing; the {@code mysql} profile refuses to start with it or without a key.
     */
    public static final String DEVELOPMENT_KEY =
            Base64.getEncoder().encodeToString("titlereview-dev-only-key-32bytes".getBytes(StandardCharsets.US_ASCII));

    private static final Logger log = LoggerFactory.getLogger(IdNumberCrypto.class);
    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] AAD = "titlereview:id-number".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecretKeySpec codeKey;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    public IdNumberCrypto(IdNumberCryptoProperties properties) {
        this(properties.keyConfigured() ? properties.idNumberKey() : developmentKey());
    }

    IdNumberCrypto(String base64MasterKey) {
        byte[] master = decodeKey(base64MasterKey);
        this.encryptionKey = new SecretKeySpec(derive(master, "titlereview/id-number/aes-gcm/v1"), "AES");
        this.indexKey = new SecretKeySpec(derive(master, "titlereview/id-number/blind-index/v1"), "HmacSHA256");
        this.codeKey = new SecretKeySpec(derive(master, "titlereview/verification-code/v1"), "HmacSHA256");
    }

    private static String developmentKey() {
        log.warn("未配置 titlereview.crypto.id-number-key：使用公开的开发密钥加密身份证号码，仅限本机 H2 演示使用");
        return DEVELOPMENT_KEY;
    }

    public static boolean isDevelopmentKey(String base64Key) {
        return base64Key != null && MessageDigest.isEqual(
                base64Key.trim().getBytes(StandardCharsets.US_ASCII), DEVELOPMENT_KEY.getBytes(StandardCharsets.US_ASCII));
    }

    /** The 32 key bytes; a clear error (never showing the key) when the value is not Base64 of 32 bytes. */
    static byte[] decodeKey(String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("titlereview.crypto.id-number-key 不是有效的 Base64 编码");
        }
        if (key.length != 32) {
            throw new IllegalStateException(
                    "titlereview.crypto.id-number-key 须为 Base64 编码的 32 字节随机数（当前为 " + key.length + " 字节）");
        }
        return key;
    }

    public String encrypt(String plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(AAD);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("身份证号码加密失败", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(VERSION)) {
            throw new IdNumberCryptoException("身份证号码密文格式不正确", null);
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            if (in.length <= IV_BYTES) {
                throw new IdNumberCryptoException("身份证号码密文格式不正确", null);
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(AAD);
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IdNumberCryptoException("身份证号码密文无法解密（密钥不符或数据被篡改）", e);
        }
    }

    public String blindIndex(String normalized) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("身份证号码索引计算失败", e);
        }
    }

    /**
     * A one-time code as stored: HMAC-SHA256 (a key of its own) of the row's salt and the code, so six digits
     * read from a copy of the database cannot be tried offline without the master key.
     */
    public String codeDigest(String salt, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(codeKey);
            return HexFormat.of().formatHex(mac.doFinal((salt + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("验证码摘要计算失败", e);
        }
    }

    private static byte[] derive(byte[] master, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
