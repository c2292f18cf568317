package cn.xj.titlereview.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class IdNumberCryptoTest {

    static final String KEY = "7NGE4EuM0xU1OwXoLJuOOdBRWljf/pqhJ5n4zOS0xL8=";
    static final String ID = "65010219850312006X";

    private final IdNumberCrypto crypto = new IdNumberCrypto(KEY);

    @Test
    void roundTripsTheNumber() {
        assertThat(crypto.decrypt(crypto.encrypt(ID))).isEqualTo(ID);
    }

    @Test
    void encryptsTheSameNumberDifferentlyEachTime() {
        String first = crypto.encrypt(ID);
        String second = crypto.encrypt(ID);
        assertThat(first).isNotEqualTo(second);
        assertThat(first).startsWith("v1:").doesNotContain(ID).doesNotContain("650102");
        assertThat(first.length()).isLessThanOrEqualTo(128);
    }

    @Test
    void detectsATamperedCiphertext() {
        String stored = crypto.encrypt(ID);
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 20] ^= 0x01;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> crypto.decrypt(tampered)).isInstanceOf(IdNumberCryptoException.class)
                .hasMessageContaining("篡改");
    }

    @Test
    void detectsATamperedIv() {
        byte[] raw = Base64.getDecoder().decode(crypto.encrypt(ID).substring(3));
        raw[0] ^= 0x01;
        assertThatThrownBy(() -> crypto.decrypt("v1:" + Base64.getEncoder().encodeToString(raw)))
                .isInstanceOf(IdNumberCryptoException.class);
    }

    @Test
    void refusesAnotherKeysCiphertext() {
        IdNumberCrypto other = new IdNumberCrypto(IdNumberCrypto.DEVELOPMENT_KEY);
        assertThatThrownBy(() -> other.decrypt(crypto.encrypt(ID))).isInstanceOf(IdNumberCryptoException.class);
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> crypto.decrypt("plain")).isInstanceOf(IdNumberCryptoException.class);
        assertThatThrownBy(() -> crypto.decrypt("v1:%%%")).isInstanceOf(IdNumberCryptoException.class);
        assertThatThrownBy(() -> crypto.decrypt("v1:AAAA")).isInstanceOf(IdNumberCryptoException.class);
    }

    @Test
    void blindIndexIsStablePerNumberAndKey() {
        assertThat(crypto.blindIndex(ID)).isEqualTo(crypto.blindIndex(ID)).hasSize(64).doesNotContain(ID);
        assertThat(crypto.blindIndex(ID)).isNotEqualTo(crypto.blindIndex("650102198503120019"));
        assertThat(new IdNumberCrypto(IdNumberCrypto.DEVELOPMENT_KEY).blindIndex(ID))
                .isNotEqualTo(crypto.blindIndex(ID));
    }

    @Test
    void refusesKeysOfTheWrongSizeWithoutShowingThem() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new IdNumberCrypto(shortKey)).hasMessageContaining("32 字节")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> new IdNumberCrypto("not base64!")).hasMessageContaining("Base64");
    }

    @Test
    void theDevelopmentKeyIsRecognised() {
        assertThat(IdNumberCrypto.isDevelopmentKey(IdNumberCrypto.DEVELOPMENT_KEY)).isTrue();
        assertThat(IdNumberCrypto.isDevelopmentKey(KEY)).isFalse();
        assertThat(Base64.getDecoder().decode(IdNumberCrypto.DEVELOPMENT_KEY)).hasSize(32);
    }

    @Test
    void propertiesNeverPrintTheKey() {
        assertThat(new IdNumberCryptoProperties(KEY).toString()).doesNotContain(KEY);
    }
}
