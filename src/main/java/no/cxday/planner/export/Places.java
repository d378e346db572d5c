package no.cxday.planner.export;

import java.util.Optional;
import no.cxday.planner.model.Activity;

/** Where an activity takes place, as the agenda and the calendar write it. */
final class Places {

    private Places() {
    }

    /** The activity's location when it says more than its lane's name ("Kantina, 1. etasje", not "Kantina" twice). */
    static Optional<String> locationBesides(Activity activity, String laneName) {
        String location = activity.location().strip();
        return location.isEmpty() || location.equalsIgnoreCase(laneName.strip()) ? Optional.empty()
                : Optional.of(location);
    }
}
