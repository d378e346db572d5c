package no.cxday.planner.merge;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Problem;

/**
 * Two changes that are each fine may together break a rule of the format: mine moves an activity
 * to the last day while theirs shortens the plan by a day, mine moves a start later while theirs
 * moves the end earlier. Such a merge is not taken as it is: the rule becomes a conflict on what it
 * names, the object (an activity, a lane, a custom idea) or the plan's field, and the side picked
 * for it gives that object or field as that side has it.
 */
final class RuleConflicts {

    private static final Pattern IN_LIST = Pattern.compile("(lanes|activities|customIdeas)\\[(\\d+)].*");

    private RuleConflicts() {
    }

    static Conflict of(Problem rule, Plan merged, Sides sides) {
        Matcher inList = IN_LIST.matcher(rule.path());
        if (inList.matches()) {
            String list = inList.group(1);
            String id = idOf(list(merged, list).get(Integer.parseInt(inList.group(2))));
            return new Conflict(MergePath.PLAN.child(list, id), find(sides.base(), list, id),
                    find(sides.mine(), list, id), find(sides.theirs(), list, id), rule);
        }
        String field = rule.path().split("[.\\[]", 2)[0];
        return new Conflict(MergePath.PLAN.field(field), planField(sides.base(), field),
                planField(sides.mine(), field), planField(sides.theirs(), field), rule);
    }

    private static List<?> list(Plan plan, String name) {
        return switch (name) {
            case "lanes" -> plan.lanes();
            case "activities" -> plan.activities();
            default -> plan.customIdeas();
        };
    }

    private static String idOf(Object object) {
        if (object instanceof Lane lane) {
            return lane.id();
        }
        if (object instanceof Activity activity) {
            return activity.id();
        }
        return ((Idea) object).id();
    }

    private static Object find(Plan plan, String list, String id) {
        return list(plan, list).stream().filter(o -> idOf(o).equals(id)).findFirst().orElse(null);
    }

    /** The plan's own fields that a rule can name. */
    private static Object planField(Plan plan, String field) {
        Function<Plan, Object> get = switch (field) {
            case "id" -> Plan::id;
            case "title" -> Plan::title;
            case "cxDay" -> Plan::cxDay;
            case "firstDay" -> Plan::firstDay;
            case "lastDay" -> Plan::lastDay;
            case "dayStart" -> Plan::dayStart;
            case "dayEnd" -> Plan::dayEnd;
            case "timeZone" -> Plan::timeZone;
            case "currency" -> Plan::currency;
            case "budget" -> Plan::budget;
            case "lanes" -> Plan::lanes;
            case "communication" -> Plan::communication;
            case "lastYear" -> Plan::lastYear;
            case "history" -> Plan::history;
            default -> p -> null;
        };
        return get.apply(plan);
    }
}
