package no.cxday.planner.ui.ideas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Audience;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.IdeaRating;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.PlanRules;
import no.cxday.planner.model.Problem;

/** The idea browser: the bank and the plan's own ideas, grouped by category, searched and filtered. */
public final class IdeaBrowserViewModel {

    /** The ideas of one category that pass the filters. */
    public record Group(Category category, List<Idea> ideas) {
    }

    private final PlanDocument document;
    private final Catalogue catalogue;
    private final Messages messages;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<Pillar> pillars = FXCollections.observableArrayList();
    private final ObjectProperty<Audience> audience = new SimpleObjectProperty<>(this, "audience");
    private final ObjectProperty<Idea> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty sortByLastYear = new SimpleBooleanProperty(this, "sortByLastYear");
    private final ObjectBinding<Map<String, IdeaRating>> lastYearRatings;
    private final ObjectBinding<List<Idea>> customIdeas;
    private final ObjectBinding<List<Group>> groups;
    private final ObjectBinding<Map<String, Long>> uses;

    public IdeaBrowserViewModel(PlanDocument document, Catalogue catalogue, Messages messages) {
        this.document = document;
        this.catalogue = catalogue;
        this.messages = messages;
        customIdeas = Bindings.createObjectBinding(() -> document.plan().customIdeas(), document.planProperty());
        lastYearRatings = Bindings.createObjectBinding(() -> document.plan().lastYear() == null ? Map.of()
                : document.plan().lastYear().ideaRatings(), document.planProperty());
        groups = Bindings.createObjectBinding(this::filter, search, categories, pillars, audience, customIdeas,
                sortByLastYear, lastYearRatings);
        uses = Bindings.createObjectBinding(() -> document.plan().activities().stream()
                .filter(a -> a.ideaId() != null)
                .collect(Collectors.groupingBy(Activity::ideaId, Collectors.counting())), document.planProperty());
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The categories to show; none chosen shows every category. */
    public ObservableList<Category> categories() {
        return categories;
    }

    /** The pillars an idea must be strong in one of; none chosen shows every idea. */
    public ObservableList<Pillar> pillars() {
        return pillars;
    }

    public ObjectProperty<Audience> audienceProperty() {
        return audience;
    }

    public ObjectProperty<Idea> selectedProperty() {
        return selected;
    }

    /**
     * The ideas to show; it changes only when the filters or the plan's own ideas do, so that moving
     * an activity does not rebuild the browser.
     */
    public ObjectBinding<List<Group>> groupsProperty() {
        return groups;
    }

    /** Sorts each category's ideas by last year's average rating, best first, unrated last. */
    public BooleanProperty sortByLastYearProperty() {
        return sortByLastYear;
    }

    /** True when the plan was carried over and so knows how its ideas went last year. */
    public BooleanBinding hasLastYearProperty() {
        return Bindings.createBooleanBinding(() -> !lastYearRatings.get().isEmpty(), lastYearRatings);
    }

    /** Last year's ratings by idea id, empty unless the plan was carried over; the idea cards show them. */
    public ObjectBinding<Map<String, IdeaRating>> lastYearRatingsProperty() {
        return lastYearRatings;
    }

    /** How the idea went last year, when the plan was carried over and the idea was used. */
    public Optional<IdeaRating> lastYearRating(Idea idea) {
        return Optional.ofNullable(lastYearRatings.get().get(idea.id()));
    }

    private Double lastYearAverage(Idea idea) {
        return lastYearRating(idea).map(IdeaRating::averageRating).orElse(null);
    }

    /** How many activities were made from each idea, by idea id; equal after a mere move. */
    public ObjectBinding<Map<String, Long>> usesProperty() {
        return uses;
    }

    private List<Idea> allIdeas() {
        List<Idea> all = new ArrayList<>(catalogue.ideas(messages.language()));
        all.addAll(customIdeas.get());
        return all;
    }

    private List<Group> filter() {
        String[] words = search.get().toLowerCase(Locale.ROOT).strip().split("\\s+");
        List<Idea> matching = allIdeas().stream()
                .filter(idea -> categories.isEmpty() || categories.contains(idea.category()))
                .filter(idea -> pillars.isEmpty() || pillars.stream().anyMatch(idea.pillars()::isStrong))
                .filter(idea -> audience.get() == null || idea.audience() == audience.get()
                        || idea.audience() == Audience.BEGGE)
                .filter(idea -> matches(idea, words))
                .sorted(sortByLastYear.get() ? Comparator.comparing(this::lastYearAverage,
                        Comparator.nullsLast(Comparator.reverseOrder())) : (a, b) -> 0)
                .toList();
        return Arrays.stream(Category.values())
                .map(c -> new Group(c, matching.stream().filter(idea -> idea.category() == c).toList()))
                .filter(group -> !group.ideas().isEmpty())
                .toList();
    }

    private static boolean matches(Idea idea, String[] words) {
        String text = (idea.title() + " " + idea.summary()).toLowerCase(Locale.ROOT);
        return Arrays.stream(words).allMatch(text::contains);
    }

    /** "ikke i planen ennå", "brukt én gang i planen", "brukt 3 ganger i planen". */
    public String usesInWords(Idea idea) {
        long uses = usesInPlan(idea);
        return uses == 0 ? messages.get("ideas.uses.none") : uses == 1 ? messages.get("ideas.uses.one")
                : messages.format("ideas.uses.many", uses);
    }

    /** How many activities of the plan were made from the idea. */
    public long usesInPlan(Idea idea) {
        return uses.get().getOrDefault(idea.id(), 0L);
    }

    /**
     * Adds an idea the coordinator wrote to the plan's own ideas.
     *
     * @return the problem in one sentence when the idea breaks a rule; then nothing is added
     */
    public Optional<String> addCustomIdea(String title, String summary, Pillars pillars, int minutes,
            Audience audience) {
        Plan plan = document.plan();
        Set<String> taken = new HashSet<>();
        allIdeas().forEach(idea -> taken.add(idea.id()));
        Idea idea = new Idea(PlanEdits.newIdeaId(taken, title), Category.EGNE, title.strip(), summary.strip(),
                pillars, minutes, audience, List.of(), Extras.NONE);
        Problem problem = PlanRules.ideaProblem("", idea);
        if (problem != null) {
            return Optional.of(messages.format(problem.key(), problem.args().toArray()));
        }
        document.apply(messages.format("edit.addIdea", idea.title()), p -> PlanEdits.addCustomIdea(p, idea));
        selected.set(idea);
        return Optional.empty();
    }

    public Messages messages() {
        return messages;
    }
}
