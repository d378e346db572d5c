package no.cxday.planner.export;

import java.util.Optional;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Plan;

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

    /** The name of the activity's lane, or its lane id when the plan has no such lane. */
    static String laneName(Plan plan, Activity activity) {
        return plan.lanes().stream().filter(l -> l.id().equals(activity.laneId())).map(Lane::name).findFirst()
                .orElse(activity.laneId());
    }

    /** The lane, or the location with the lane after it: "Kantina, 1. etasje (Kantina)". */
    static String where(Plan plan, Activity activity) {
        String lane = laneName(plan, activity);
        return locationBesides(activity, lane).map(location -> location + " (" + lane + ")").orElse(lane);
    }
}
