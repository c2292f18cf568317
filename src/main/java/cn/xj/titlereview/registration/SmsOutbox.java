package cn.xj.titlereview.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages kept in memory instead of being sent ({@code titlereview.sms.gateway=outbox}): the integration and
 * browser tests read the codes from here. Holds the last {@value #CAPACITY} messages.
 */
public class SmsOutbox implements SmsGateway {

    static final int CAPACITY = 1000;
    private static final Pattern CODE = Pattern.compile("(?<![0-9])[0-9]{6}(?![0-9])");

    /** One message as it would have gone out. */
    public record Message(String phone, String text) {
    }

    private final List<Message> messages = new ArrayList<>();

    @Override
    public synchronized void send(String phone, String text) {
        messages.add(new Message(phone, text));
        if (messages.size() > CAPACITY) {
            messages.remove(0);
        }
    }

    /** Every message to the phone, oldest first. */
    public synchronized List<Message> to(String phone) {
        return messages.stream().filter(m -> m.phone().equals(phone)).toList();
    }

    /** The code of the newest message to the phone that carries one. */
    public synchronized Optional<String> lastCode(String phone) {
        List<Message> mine = new ArrayList<>(to(phone));
        for (int i = mine.size() - 1; i >= 0; i--) {
            Matcher m = CODE.matcher(mine.get(i).text());
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }
}
