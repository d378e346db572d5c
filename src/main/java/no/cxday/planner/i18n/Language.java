package no.cxday.planner.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The languages the program speaks: Norwegian bokmål first, English second. */
public enum Language {
    NB(Locale.forLanguageTag("nb-NO")),
    EN(Locale.ENGLISH);

    private static final Set<String> NORWEGIAN = Set.of("nb", "no", "nn");

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Bokmål for a Norwegian system locale, English for any other. */
    public static Language fromLocale(Locale locale) {
        return NORWEGIAN.contains(locale.getLanguage()) ? NB : EN;
    }

    public static Language fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The language of {@code code} ("nb", "en"), or empty for one this program does not speak. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
