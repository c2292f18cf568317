package cn.xj.titlereview.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every label of the Camunda webapps (Tasklist, Cockpit, Admin, Welcome) exists in our zh.json with
 * the same placeholders and markup as the en.json shipped in the webjar, and is really translated.
 * When Camunda is upgraded, this test lists every key the new en.json added.
 */
class ChineseLocaleTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final String CONFIG = "META-INF/resources/webjars/camunda/app/%s/scripts/config.js";

    /** Angular-translate interpolations such as {{name}} or {{ name }}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    /** Markup the labels carry; must survive translation unchanged. */
    private static final Pattern TAG =
            Pattern.compile("</?(?:a|br|strong|b|i|code|em|span|p|ul|li|div)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    /** Tokens filled in by code or by moment.js. */
    private static final List<String> TOKENS = List.of("{}", "%s", "%d");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");

    /** Values that read the same in Chinese: technical tokens, product names, operators, formats. */
    private static final Set<String> SAME_AS_ENGLISH_ALLOWED = Set.of(
            "", "ID", "ID*", "CSV", "JSON", "Optimize", "<", "<=", ">", ">=",
            "L", "HH:mm", "YYYY-MM-DDTHH:mm:ss");

    /** Date formats whose Chinese form has no Han characters. */
    private static final Set<String> NO_HAN_REQUIRED = Set.of(
            "dateLocales.longDateFormat.L", "dateLocales.longDateFormat.LT", "dateLocales.calendar.sameElse");

    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseLabelsCoverEveryEnglishKeyWithSamePlaceholdersAndMarkup(String app) throws IOException {
        // given the en.json of the Camunda webjar and our zh.json
        Map<String, JsonNode> english = flatten(read(String.format(LOCALES, app, "en")));
        Map<String, JsonNode> chinese = flatten(read(String.format(LOCALES, app, "zh")));

        // then the key sets are equal and every text keeps its placeholders and markup
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(difference(english.keySet(), chinese.keySet()))
                .as("%s keys of en.json missing from zh.json", app)
                .isEmpty();
        softly.assertThat(difference(chinese.keySet(), english.keySet()))
                .as("%s keys of zh.json unknown to en.json", app)
                .isEmpty();
        english.forEach((key, en) -> {
            JsonNode zh = chinese.get(key);
            if (zh == null) {
                return;
            }
            if (!en.isTextual()) {
                softly.assertThat(zh).as("%s %s", app, key).isEqualTo(en);
                return;
            }
            softly.assertThat(zh.isTextual()).as("%s %s is text", app, key).isTrue();
            String enText = en.asText();
            String zhText = zh.asText();
            softly.assertThat(all(PLACEHOLDER, zhText))
                    .as("%s %s placeholders in \"%s\"", app, key, zhText)
                    .containsExactlyInAnyOrderElementsOf(all(PLACEHOLDER, enText));
            softly.assertThat(all(TAG, zhText))
                    .as("%s %s markup in \"%s\"", app, key, zhText)
                    .containsExactlyInAnyOrderElementsOf(all(TAG, enText));
            for (String token : TOKENS) {
                softly.assertThat(count(zhText, token))
                        .as("%s %s token %s in \"%s\"", app, key, token, zhText)
                        .isEqualTo(count(enText, token));
            }
        });
        softly.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyChineseLabelIsActuallyTranslated(String app) throws IOException {
        // given
        Map<String, JsonNode> english = flatten(read(String.format(LOCALES, app, "en")));
        Map<String, JsonNode> chinese = flatten(read(String.format(LOCALES, app, "zh")));

        // then no value is left in English, apart from names and technical tokens
        SoftAssertions softly = new SoftAssertions();
        english.forEach((key, en) -> {
            JsonNode zh = chinese.get(key);
            if (zh == null || !en.isTextual()) {
                return;
            }
            String enText = en.asText();
            String zhText = zh.asText();
            if (!SAME_AS_ENGLISH_ALLOWED.contains(enText)) {
                softly.assertThat(zhText).as("%s %s still English", app, key).isNotEqualTo(enText);
            }
            boolean englishHasWords = LATIN_LETTER.matcher(enText).find() && enText.trim().length() > 1;
            if (englishHasWords && !SAME_AS_ENGLISH_ALLOWED.contains(enText) && !NO_HAN_REQUIRED.contains(key)) {
                softly.assertThat(CJK.matcher(zhText).find())
                        .as("%s %s has Chinese text: \"%s\"", app, key, zhText)
                        .isTrue();
            }
        });
        softly.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void webappConfigOffersChineseFirstAndFallsBackToChinese(String app) throws IOException {
        // given our config.js that shadows the webjar's default
        String config = readText(String.format(CONFIG, app));

        // then Chinese is offered and is the fallback for any other browser language
        assertThat(config)
                .as("%s config.js", app)
                .containsPattern("availableLocales\\s*:\\s*\\[\\s*'zh'\\s*,\\s*'en'\\s*]")
                .containsPattern("fallbackLocale\\s*:\\s*'zh'")
                .contains("新疆职称评审系统");
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return mapper.readTree(in);
        }
    }

    private String readText(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private InputStream open(String resource) {
        InputStream in = getClass().getClassLoader().getResourceAsStream(resource);
        assertThat(in).as("classpath:%s", resource).isNotNull();
        return in;
    }

    private static Map<String, JsonNode> flatten(JsonNode root) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        flatten("", root, values);
        return values;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> values) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), values);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), values);
            }
        } else {
            values.put(path, node);
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group().toLowerCase());
        }
        return found;
    }

    private static Set<String> difference(Set<String> from, Set<String> minus) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(minus);
        return rest;
    }

    private static int count(String text, String token) {
        int n = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length())) {
            n++;
        }
        return n;
    }
}
