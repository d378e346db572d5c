package no.cxday.planner.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import no.cxday.planner.i18n.DateTimeText;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.ui.PillarMarks;

/** An activity in words, whole, for the tooltip of its block: all that a short or narrow block has no room for. */
final class BlockDescription {

    private BlockDescription() {
    }

    /**
     * Title, when, lane, place and responsible (when given), the pillars, and the rating once there is
     * one or while the day is reviewed; one a line.
     */
    static String of(Activity activity, String laneName, boolean reviewing, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(activity.title());
        lines.add(messages.format("block.tip.when", messages.dates().day(activity.start()),
                DateTimeText.clock(activity.start()), activity.span().endsOnALaterDay()
                        ? messages.dates().dayAndTime(activity.end()) : DateTimeText.clock(activity.end())));
        lines.add(messages.format("block.tip.lane", laneName));
        if (!activity.location().isBlank()) {
            lines.add(messages.format("block.tip.location", activity.location()));
        }
        if (!activity.responsible().isBlank()) {
            lines.add(messages.format("block.tip.responsible", activity.responsible()));
        }
        lines.add(PillarMarks.describe(activity.pillars(), messages));
        if (reviewing || activity.evaluation() != null) {
            lines.add(messages.format("block.tip.rating", rating(activity.evaluation(), messages)));
        }
        return String.join("\n", lines);
    }

    /** "★★★★☆", "Ikke holdt" or "Ikke vurdert". */
    static String rating(Evaluation evaluation, Messages messages) {
        if (evaluation == null) {
            return messages.get("review.unrated");
        }
        if (!evaluation.held()) {
            return messages.get("review.notHeld");
        }
        if (evaluation.rating() == null) {
            return messages.get("review.heldUnrated");
        }
        return "★".repeat(evaluation.rating()) + "☆".repeat(Evaluation.MAX_RATING - evaluation.rating());
    }
}
