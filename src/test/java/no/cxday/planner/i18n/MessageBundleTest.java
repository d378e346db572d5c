package no.cxday.planner.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.cxday.planner.model.Audience;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.ui.Theme;
import org.junit.jupiter.api.Test;

/** One bundle, checked: both languages have the same keys, and the code asks only for keys that exist. */
class MessageBundleTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern QUOTED_KEY = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");
    /** Keys the code builds from a prefix and a value rather than writing them out. */
    private static final List<String> BUILT_KEY_PREFIXES = List.of("language.", "json.", "pillar.", "category.",
            "audience.", "theme.");
    /** Quoted names of resource files, which look like keys but are not. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(json|css|properties|txt)");

    private static final Path BUNDLES = Path.of("src/main/resources/no/cxday/planner/i18n");

    /**
     * The keys one file itself holds. {@code ResourceBundle.keySet()} would also give the parent
     * bundle's keys, so a key missing from {@code messages_en.properties} would pass unseen.
     */
    private static Set<String> keys(Language language) {
        String file = language == Language.NB ? "messages.properties" : "messages_" + language.code() + ".properties";
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(values.stringPropertyNames());
    }

    @Test
    void bokmaalAndEnglishHaveTheSameKeys() {
        assertEquals(keys(Language.NB), keys(Language.EN));
    }

    @Test
    void theLanguageIsChosenFromTheSystemLocale() {
        assertEquals(Language.NB, Language.fromLocale(Locale.forLanguageTag("nb-NO")));
        assertEquals(Language.NB, Language.fromLocale(Locale.forLanguageTag("no")));
        assertEquals(Language.NB, Language.fromLocale(Locale.forLanguageTag("nn-NO")));
        assertEquals(Language.EN, Language.fromLocale(Locale.US));
        assertEquals(Language.EN, Language.fromLocale(Locale.GERMANY));
        assertEquals("Fil", new Messages(Language.NB).get("menu.file"));
        assertEquals("File", new Messages(Language.EN).get("menu.file"));
    }

    @Test
    void everyPatternFormatsWithoutLosingAnApostrophe() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = Messages.bundleFor(language.locale());
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                assertTrue(pattern.indexOf('\'') < 0, key + " has a single quote, which MessageFormat drops");
                new MessageFormat(pattern);
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExistsAndEveryKeyIsUsed() throws IOException {
        String code = allSources();
        Set<String> bundleKeys = keys(Language.NB);
        List<String> unknown = new ArrayList<>();
        Matcher matcher = QUOTED_KEY.matcher(code);
        while (matcher.find()) {
            String key = matcher.group(1);
            boolean looksLikeKey = !FILE_NAME.matcher(key).matches()
                    && BUILT_KEY_PREFIXES.stream().noneMatch(key::startsWith)
                    && bundleKeys.stream().anyMatch(k -> k.startsWith(key.substring(0, key.indexOf('.') + 1)));
            if (looksLikeKey && !bundleKeys.contains(key)) {
                unknown.add(key);
            }
        }
        List<String> unused = bundleKeys.stream()
                .filter(key -> !code.contains("\"" + key + "\""))
                .filter(key -> BUILT_KEY_PREFIXES.stream().noneMatch(key::startsWith))
                .toList();

        assertEquals(List.of(), unknown, "keys the code asks for that no bundle has");
        assertEquals(List.of(), unused, "keys no code asks for");
    }

    private static String allSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void everyKeyBuiltFromAValueExistsInBothLanguages() {
        List<String> built = new ArrayList<>();
        Arrays.stream(Pillar.values()).forEach(p -> built.add("pillar." + p.key()));
        Arrays.stream(Category.values()).forEach(c -> built.add("category." + c.key()));
        Arrays.stream(Audience.values()).forEach(a -> built.add("audience." + a.key()));
        Arrays.stream(Theme.values()).forEach(t -> built.add("theme." + t.key()));
        Arrays.stream(Language.values()).forEach(l -> built.add("language." + l.code()));
        for (Language language : Language.values()) {
            Set<String> keys = keys(language);
            assertEquals(List.of(), built.stream().filter(k -> !keys.contains(k)).toList(), language.name());
        }
    }
}
