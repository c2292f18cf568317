package cn.xj.titlereview.security;

/** A stored ID number that cannot be decrypted: wrong key, or the value was altered. */
public class IdNumberCryptoException extends RuntimeException {

    public IdNumberCryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
