package no.cxday.planner.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Mix;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.ReviewSummary;

/** The summary of the review in words, made here alone so that the screen and the report say the same. */
public final class ReviewSummaryText {

    private final Messages messages;

    public ReviewSummaryText(Messages messages) {
        this.messages = messages;
    }

    /** "7 holdt, 1 ikke holdt, 3 ikke evaluert ennå.", or that none is evaluated yet, or that there is none. */
    public String counts(ReviewSummary summary) {
        if (summary.activities() == 0) {
            return messages.get("review.nothing");
        }
        if (summary.notReviewed() == summary.activities()) {
            return summary.activities() == 1 ? messages.get("review.counts.noneReviewed.one")
                    : messages.format("review.counts.noneReviewed.many", summary.activities());
        }
        return messages.format("review.counts", summary.held(), summary.notHeld(), summary.notReviewed());
    }

    /** The average rating and how many were rated; empty when none was. */
    public Optional<String> average(ReviewSummary summary) {
        return Optional.ofNullable(summary.averageRating())
                .map(average -> messages.format("review.average", messages.oneDecimal(average), summary.rated()));
    }

    /** The participants in all, or that no number is entered yet (which is not the same as 0). */
    public String participants(ReviewSummary summary) {
        Integer participants = summary.participants();
        if (participants == null) {
            return messages.get("review.participants.none");
        }
        return participants == 1 ? messages.get("review.participants.one")
                : messages.format("review.participants.many", participants);
    }

    /** The rating of each pillar that has one; empty when none has. */
    public Optional<String> byPillar(ReviewSummary summary) {
        String byPillar = List.of(Pillar.values()).stream().filter(p -> summary.ratingByPillar().get(p) != null)
                .map(p -> messages.get("pillar." + p.key()) + " " + messages.oneDecimal(summary.ratingByPillar().get(p)))
                .collect(Collectors.joining(", "));
        return byPillar.isEmpty() ? Optional.empty() : Optional.of(messages.format("review.byPillar", byPillar));
    }

    public String mixes(ReviewSummary summary) {
        return messages.format("review.mixes", mix(summary.plannedMix()), mix(summary.heldMix()));
    }

    /** "Best: …" and, when some were rated lower, "Svakest: …"; nothing when none was rated. */
    public List<String> bestAndWeakest(ReviewSummary summary) {
        List<String> lines = new ArrayList<>();
        if (!summary.best().isEmpty()) {
            lines.add(messages.format("review.best", titles(summary.best())));
        }
        if (!summary.worst().isEmpty()) {
            lines.add(messages.format("review.worst", titles(summary.worst())));
        }
        return lines;
    }

    /** A mix as "33 / 0 / 67 %" (anerkjennelse / læring / engasjement), on the screen and on paper. */
    public static String mix(Mix mix) {
        return String.format(Locale.ROOT, "%.0f / %.0f / %.0f %%", 100 * mix.anerkjennelse(), 100 * mix.laering(),
                100 * mix.engasjement());
    }


    private static String titles(List<Activity> activities) {
        return activities.stream().map(a -> a.title() + " (" + a.evaluation().rating() + ")")
                .collect(Collectors.joining(", "));
    }
}
