package no.cxday.planner.i18n;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import no.cxday.planner.model.Problem;
import no.cxday.planner.model.Term;

/** The texts a user sees, from one bundle: {@code messages.properties} (bokmål) and {@code _en}. */
public final class Messages {

    public static final String BUNDLE = "no.cxday.planner.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;
    private final DateTimeText dates;

    public Messages(Language language) {
        this.language = language;
        this.bundle = bundleFor(language.locale());
        this.dates = new DateTimeText(this);
    }

    /** The bundle without falling back to the JVM's default locale, so the choice is ours alone. */
    public static ResourceBundle bundleFor(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    /** How this language writes and reads dates and times. */
    public DateTimeText dates() {
        return dates;
    }

    /** A number with one decimal as this language writes it: "4,3" in bokmål, "4.3" in English. */
    public String oneDecimal(double value) {
        return String.format(language.locale(), "%.1f", value);
    }

    /**
     * An amount of money as this language writes it, with two decimals unless it is whole
     * ("25 000,50"), and every decimal of one that has more, which no rounding may hide.
     */
    public String amount(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        int scale = value.stripTrailingZeros().scale();
        int decimals = scale > 0 ? Math.max(2, scale) : 0;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /**
     * An amount as a user types it in this language: "25 000,50" or "25000.50" in bokmål, "25,000.50"
     * in English, "250,-" for a whole amount. The other language's decimal mark is read as one
     * too, unless it stands before a group of three digits, where it groups thousands. Empty when
     * the text is not an amount; a minus sign is read, for the rules to refuse in words.
     */
    public Optional<BigDecimal> parseAmount(String text) {
        String amount = text.strip().replaceAll("[\\s\u00A0\u202F]", "");
        if (amount.endsWith(",-") || amount.endsWith(".-")) {
            amount = amount.substring(0, amount.length() - 2);
        }
        char decimal = language == Language.NB ? ',' : '.';
        char grouping = language == Language.NB ? '.' : ',';
        int mark = amount.indexOf(grouping);
        // "0.500" has no thousands to group, so its mark is a decimal one whatever follows.
        if (mark >= 0 && mark == amount.lastIndexOf(grouping) && amount.indexOf(decimal) < 0
                && (!amount.substring(mark + 1).matches("[0-9]{3}") || amount.matches("-?0[.,].*"))) {
            amount = amount.replace(grouping, decimal);
        }
        String digits = "-?([0-9]+|[0-9]{1,3}(" + Pattern.quote(String.valueOf(grouping)) + "[0-9]{3})+)";
        if (!amount.matches(digits + "(" + Pattern.quote(String.valueOf(decimal)) + "[0-9]+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(amount.replace(String.valueOf(grouping), "").replace(decimal, '.')));
    }

    /** An amount with its currency, as the window, the PDFs and the commands show money: "2 500,50 NOK". */
    public String money(BigDecimal amount, String currency) {
        return format("budget.amount", amount(amount), currency);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /**
     * The text for {@code key} with its {@code {0}}-style arguments filled in: a {@link Term} in this
     * language, anything else as plain text (no locale grouping of numbers).
     */
    public String format(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] instanceof Term term ? get(term.key()) : String.valueOf(args[i]);
        }
        return new MessageFormat(get(key), language.locale()).format(texts);
    }

    /** A problem as "path: what is wrong", or just what is wrong when it concerns the whole file. */
    public String describe(Problem problem) {
        String text = format(problem.key(), problem.args().toArray());
        return problem.path().isEmpty() ? text : problem.path() + ": " + text;
    }

    /**
     * A problem as the sentence a form shows at its field: without the path, which names the file's
     * field rather than the form's, with a capital letter first and dates and times as this language
     * writes them.
     */
    public String sentence(Problem problem) {
        Object[] args = problem.args().stream().map(this::inWords).toArray();
        String text = format(problem.key(), args);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
    }

    private Object inWords(Object arg) {
        if (arg instanceof LocalDateTime dateTime) {
            return dates.dateTime(dateTime);
        }
        if (arg instanceof LocalDate date) {
            return dates.date(date);
        }
        if (arg instanceof BigDecimal amount) {
            return amount(amount);
        }
        return arg instanceof LocalTime time ? DateTimeText.clock(time) : arg;
    }

    public boolean has(String key) {
        try {
            bundle.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
