package org.lodestar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language has every message of the English bundle, translated, with the same placeholders. */
class MessageBundlesTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ja", "ko"})
    void everyKeyIsTranslatedWithTheSamePlaceholders(String language) throws IOException {
        Properties english = load("i18n/messages.properties");
        Properties translated = load("i18n/messages_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as(key).isNotBlank();
            assertThat(placeholders(translated.getProperty(key))).as(key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    /**
     * Spring formats a message with MessageFormat only when it has arguments: there an apostrophe is written twice,
     * elsewhere once, or the reader sees {@code l''instant} (or loses the apostrophe and what follows).
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_ja", "_ko"})
    void apostrophesAreWrittenAsEachMessageIsRead(String suffix) throws IOException {
        Properties messages = load("i18n/messages" + suffix + ".properties");
        for (String key : messages.stringPropertyNames()) {
            String message = messages.getProperty(key);
            if (placeholders(message).isEmpty()) {
                assertThat(message).as(key + " has no placeholder: one apostrophe").doesNotContain("''");
            } else {
                assertThat(message.replace("''", "")).as(key + " has placeholders: apostrophes doubled")
                        .doesNotContain("'");
            }
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) found.add(matcher.group(1));
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
