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
import no.cxday.planner.model.History;
import no.cxday.planner.model.IdeaRecord;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Pillars;
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
    private final BooleanProperty sortByRecord = new SimpleBooleanProperty(this, "sortByRecord");
    private final ObjectBinding<Map<String, IdeaRecord>> records;
    private final ObjectBinding<List<Idea>> customIdeas;
    private final ObjectBinding<List<Group>> groups;
    private final ObjectBinding<Map<String, Long>> uses;

    public IdeaBrowserViewModel(PlanDocument document, Catalogue catalogue, Messages messages) {
        this.document = document;
        this.catalogue = catalogue;
        this.messages = messages;
        customIdeas = Bindings.createObjectBinding(() -> document.plan().customIdeas(), document.planProperty());
        records = Bindings.createObjectBinding(() -> IdeaRecord.byIdea(History.earlierYears(document.plan())),
                document.planProperty());
        groups = Bindings.createObjectBinding(this::filter, search, categories, pillars, audience, customIdeas,
                sortByRecord, records);
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

    /**
     * Sorts each category's ideas by their record over the earlier years: the best average rating
     * first, on an equal one the idea tried in more years; never rated, then never tried, last.
     */
    public BooleanProperty sortByRecordProperty() {
        return sortByRecord;
    }

    /** True when the plan was carried over and so knows how its ideas went in earlier years. */
    public BooleanBinding hasHistoryProperty() {
        return Bindings.createBooleanBinding(() -> !records.get().isEmpty(), records);
    }

    /** Each idea's record over the earlier years, by idea id; empty unless the plan was carried over. */
    public ObjectBinding<Map<String, IdeaRecord>> recordsProperty() {
        return records;
    }

    /** How the idea went in the earlier years, when it was in one of their plans. */
    public Optional<IdeaRecord> record(Idea idea) {
        return Optional.ofNullable(records.get().get(idea.id()));
    }

    /** The record as the idea's card shows it: "3 år ★ 4,3", or "2 år ☆ –" when it was never rated. */
    public String recordBadge(IdeaRecord record) {
        String stars = record.averageRating() == null ? "☆ –"
                : "★ " + messages.oneDecimal(record.averageRating());
        return messages.format(record.tried() == 1 ? "ideas.record.badge.one" : "ideas.record.badge.many",
                record.tried(), stars);
    }

    /** The record in words: "Prøvd 3 år (2025, 2026, 2027), snitt 4,3". */
    public String recordSentence(IdeaRecord record) {
        String years = record.years().stream().map(String::valueOf).collect(Collectors.joining(", "));
        String rating = record.averageRating() == null ? messages.get("ideas.record.unrated")
                : messages.format("ideas.record.average", messages.oneDecimal(record.averageRating()));
        return record.tried() == 1 ? messages.format("ideas.record.one", years, rating)
                : messages.format("ideas.record.many", record.tried(), years, rating);
    }

    private Comparator<Idea> byRecord() {
        return Comparator.comparing((Idea idea) -> record(idea).map(IdeaRecord::averageRating).orElse(null),
                Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(idea -> record(idea).map(IdeaRecord::tried).orElse(0), Comparator.reverseOrder());
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
                .sorted(sortByRecord.get() ? byRecord() : (a, b) -> 0)
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
        Set<String> taken = new HashSet<>();
        allIdeas().forEach(idea -> taken.add(idea.id()));
        Idea idea = new Idea(PlanEdits.newIdeaId(taken, title), Category.EGNE, title.strip(), summary.strip(),
                pillars, minutes, audience, List.of(), Extras.NONE);
        return refused(idea).or(() -> {
            document.apply(messages.format("edit.addIdea", idea.title()), p -> PlanEdits.addCustomIdea(p, idea));
            selected.set(idea);
            return Optional.empty();
        });
    }

    /** True for an idea of the plan's own, which can be edited and removed; the bank's cannot. */
    public boolean isCustom(Idea idea) {
        return document.plan().customIdeas().stream().anyMatch(i -> i.id().equals(idea.id()));
    }

    /**
     * Changes one of the plan's own ideas, as one edit; it keeps its id and the tasks it brings.
     * The activities already made from it stay as they are.
     *
     * @return the problem in one sentence when the changed idea breaks a rule; then nothing changes
     */
    public Optional<String> editCustomIdea(Idea idea, String title, String summary, Pillars pillars, int minutes,
            Audience audience) {
        Idea edited = new Idea(idea.id(), idea.category(), title.strip(), summary.strip(), pillars, minutes, audience,
                idea.preparation(), idea.extras());
        return refused(edited).or(() -> {
            document.apply(messages.format("edit.editIdea", idea.title()), p -> PlanEdits.updateCustomIdea(p, edited));
            selected.set(edited);
            return Optional.empty();
        });
    }

    /** Takes one of the plan's own ideas out of the bank, as one edit; its activities stay in the plan. */
    public void removeCustomIdea(Idea idea) {
        document.apply(messages.format("edit.removeIdea", idea.title()), p -> PlanEdits.removeCustomIdea(p, idea.id()));
        if (selected.get() != null && selected.get().id().equals(idea.id())) {
            selected.set(null);
        }
    }

    /** Why the idea breaks a rule, in one sentence; only its title can be left empty in the dialog. */
    private Optional<String> refused(Idea idea) {
        Problem problem = PlanRules.ideaProblem("", idea);
        if (problem == null) {
            return Optional.empty();
        }
        return Optional.of(problem.path().equals(".title") ? messages.get("ideas.titleMissing")
                : messages.sentence(problem));
    }

    public Messages messages() {
        return messages;
    }
}
