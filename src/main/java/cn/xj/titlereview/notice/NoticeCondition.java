package cn.xj.titlereview.notice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The small language of {@code when:} in notice files (documented in config/notices/README.md):
 * <pre>
 *   always | never | optional                    (optional: accepted, never required)
 *   villageWork, titleObtainedOutsideXinjiang ... (a {@link Fact})
 *   level in [SENIOR_FULL, SENIOR_DEPUTY]         (also series, specialty, education, employer,
 *   employer: PRIVATE                              unitLevel, region; "key: V" = "key in [V]")
 *   not A,  A and B,  A or B,  ( ... )            (not binds tightest, then and, then or)
 * </pre>
 */
public sealed interface NoticeCondition {

    boolean test(ApplicationFacts facts);

    /** True for {@code optional}: the material is accepted but never required. */
    default boolean optional() {
        return false;
    }

    static NoticeCondition parse(String text) {
        return Parser.CACHE.computeIfAbsent(text == null ? "" : text.strip(), t -> new Parser(t).parseAll());
    }

    /** Keys that take a list of values, with the values allowed (null: free text). */
    enum Key {
        LEVEL("level", names(Level.values()), ApplicationFacts::level),
        SERIES("series", null, ApplicationFacts::series),
        SPECIALTY("specialty", null, ApplicationFacts::specialty),
        EDUCATION("education", names(Education.values()), ApplicationFacts::education),
        EMPLOYER("employer", names(EmployerType.values()), ApplicationFacts::employer),
        UNIT_LEVEL("unitLevel", names(UnitLevel.values()), ApplicationFacts::unitLevel),
        REGION("region", null, ApplicationFacts::regionCode);

        final String name;
        final Set<String> allowed;
        final Function<ApplicationFacts, Object> value;

        Key(String name, Set<String> allowed, Function<ApplicationFacts, Object> value) {
            this.name = name;
            this.allowed = allowed;
            this.value = value;
        }

        static Key byName(String name) {
            return Arrays.stream(values()).filter(k -> k.name.equals(name)).findFirst().orElse(null);
        }

        private static Set<String> names(Enum<?>[] values) {
            return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    record Always() implements NoticeCondition {
        public boolean test(ApplicationFacts facts) {
            return true;
        }

        public String toString() {
            return "always";
        }
    }

    record Never() implements NoticeCondition {
        public boolean test(ApplicationFacts facts) {
            return false;
        }

        public String toString() {
            return "never";
        }
    }

    record OptionalOnly() implements NoticeCondition {
        public boolean test(ApplicationFacts facts) {
            return false;
        }

        @Override
        public boolean optional() {
            return true;
        }

        public String toString() {
            return "optional";
        }
    }

    record Flag(Fact fact) implements NoticeCondition {
        public boolean test(ApplicationFacts facts) {
            return facts.holds(fact);
        }

        public String toString() {
            return fact.key();
        }
    }

    record In(Key key, Set<String> values) implements NoticeCondition {
        public boolean test(ApplicationFacts facts) {
            Object actual = key.value.apply(facts);
            if (actual == null) {
                return false;
            }
            String text = actual instanceof Enum<?> e ? e.name() : actual.toString().strip();
            return values.contains(text);
        }

        public String toString() {
            return key.name + " in [" + String.join(", ", values) + "]";
        }
    }

    record Not(NoticeCondition operand) implements NoticeCondition {
        public boolean test(ApplicationFacts facts) {
            return !operand.test(facts);
        }

        public String toString() {
            return "not " + wrap(operand);
        }
    }

    record And(List<NoticeCondition> operands) implements NoticeCondition {
        public boolean test(ApplicationFacts facts) {
            return operands.stream().allMatch(c -> c.test(facts));
        }

        public String toString() {
            return operands.stream().map(NoticeCondition::wrap).collect(Collectors.joining(" and "));
        }
    }

    record Or(List<NoticeCondition> operands) implements NoticeCondition {
        public boolean test(ApplicationFacts facts) {
            return operands.stream().anyMatch(c -> c.test(facts));
        }

        public String toString() {
            return operands.stream().map(NoticeCondition::wrap).collect(Collectors.joining(" or "));
        }
    }

    private static String wrap(NoticeCondition c) {
        return c instanceof And || c instanceof Or ? "(" + c + ")" : c.toString();
    }

    /** A condition that cannot be parsed; the message is Chinese and names the problem. */
    final class InvalidConditionException extends IllegalArgumentException {
        InvalidConditionException(String text, String problem) {
            super("条件“" + text + "”无法解析：" + problem);
        }
    }

    /** Recursive-descent parser over a simple token list. */
    final class Parser {
        static final Map<String, NoticeCondition> CACHE = new ConcurrentHashMap<>();
        private static final String PUNCTUATION = "()[],:";

        private final String text;
        private final List<String> tokens;
        private int position;

        Parser(String text) {
            this.text = text;
            this.tokens = tokenize(text);
        }

        NoticeCondition parseAll() {
            if (tokens.isEmpty()) {
                throw new InvalidConditionException(text, "条件为空，无条件时写 always");
            }
            if (tokens.size() == 1 && tokens.get(0).equals("optional")) {
                return new OptionalOnly();
            }
            NoticeCondition result = parseOr();
            if (position < tokens.size()) {
                throw new InvalidConditionException(text, "多余的“" + tokens.get(position) + "”");
            }
            return result;
        }

        private NoticeCondition parseOr() {
            List<NoticeCondition> operands = new ArrayList<>(List.of(parseAnd()));
            while (accept("or")) {
                operands.add(parseAnd());
            }
            return operands.size() == 1 ? operands.get(0) : new Or(List.copyOf(operands));
        }

        private NoticeCondition parseAnd() {
            List<NoticeCondition> operands = new ArrayList<>(List.of(parseUnary()));
            while (accept("and")) {
                operands.add(parseUnary());
            }
            return operands.size() == 1 ? operands.get(0) : new And(List.copyOf(operands));
        }

        private NoticeCondition parseUnary() {
            if (accept("not")) {
                return new Not(parseUnary());
            }
            return parsePrimary();
        }

        private NoticeCondition parsePrimary() {
            if (accept("(")) {
                NoticeCondition inner = parseOr();
                expect(")");
                return inner;
            }
            String word = next("条件");
            switch (word) {
                case "always":
                    return new Always();
                case "never":
                    return new Never();
                case "optional":
                    throw new InvalidConditionException(text, "optional 只能单独使用");
                default:
                    break;
            }
            Key key = Key.byName(word);
            if (key != null) {
                Set<String> values = new LinkedHashSet<>();
                if (accept(":")) {
                    values.add(value(key));
                } else if (accept("in")) {
                    expect("[");
                    values.add(value(key));
                    while (accept(",")) {
                        values.add(value(key));
                    }
                    expect("]");
                } else {
                    throw new InvalidConditionException(text, word + " 后须接 “in [...]” 或 “: 值”");
                }
                return new In(key, Set.copyOf(values));
            }
            return Fact.byKey(word)
                    .<NoticeCondition>map(Flag::new)
                    .orElseThrow(() -> new InvalidConditionException(text, "未知的事实或键“" + word + "”，可用："
                            + String.join(", ", vocabulary())));
        }

        private String value(Key key) {
            String raw = next(key.name + " 的取值");
            String value = raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")
                    ? raw.substring(1, raw.length() - 1) : raw;
            if (PUNCTUATION.contains(value)) {
                throw new InvalidConditionException(text, key.name + " 缺少取值");
            }
            if (key.allowed != null && !key.allowed.contains(value)) {
                throw new InvalidConditionException(text, key.name + " 的取值“" + value + "”无效，可用："
                        + String.join(", ", key.allowed));
            }
            return value;
        }

        private static List<String> vocabulary() {
            List<String> words = new ArrayList<>(List.of("always", "never", "optional"));
            Arrays.stream(Fact.values()).map(Fact::key).forEach(words::add);
            Arrays.stream(Key.values()).map(k -> k.name).forEach(words::add);
            return words;
        }

        private boolean accept(String token) {
            if (position < tokens.size() && tokens.get(position).equals(token)) {
                position++;
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!accept(token)) {
                throw new InvalidConditionException(text, "缺少“" + token + "”");
            }
        }

        private String next(String what) {
            if (position >= tokens.size()) {
                throw new InvalidConditionException(text, "结尾缺少" + what);
            }
            return tokens.get(position++);
        }

        private static List<String> tokenize(String text) {
            List<String> tokens = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || PUNCTUATION.indexOf(c) >= 0) {
                    if (!word.isEmpty()) {
                        tokens.add(word.toString());
                        word.setLength(0);
                    }
                    if (!Character.isWhitespace(c)) {
                        tokens.add(String.valueOf(c));
                    }
                } else {
                    word.append(c);
                }
            }
            if (!word.isEmpty()) {
                tokens.add(word.toString());
            }
            return tokens;
        }
    }
}
