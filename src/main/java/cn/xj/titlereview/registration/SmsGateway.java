package cn.xj.titlereview.registration;

/**
 * Where short messages go. Chosen with {@code titlereview.sms.gateway}: {@code log} (default: the message in the
 * product's log, for a demo on one machine), {@code http} (a provider's HTTP API, {@link HttpSmsGateway}) or
 * {@code outbox} (kept in memory for the tests to read, {@link SmsOutbox}). A failure to send is logged, never
 * shown to the caller: the answer to a code request must not depend on the phone.
 */
public interface SmsGateway {

    void send(String phone, String text);

    /** {@code 138****0000}: what logs may show of a phone. */
    static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "***";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
