package no.cxday.planner.ui.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Audience;
import no.cxday.planner.model.CarryOver;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.CxDay;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.IdeaRating;
import no.cxday.planner.model.IdeaRecord;
import no.cxday.planner.model.LastYear;
import no.cxday.planner.model.Mix;
import no.cxday.planner.model.Review;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import org.junit.jupiter.api.Test;

class IdeaBrowserViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 6);

    private final PlanDocument document = new PlanDocument(Plan.blank("P", DAY, new Lane("a", "A")));
    private final IdeaBrowserViewModel viewModel = new IdeaBrowserViewModel(document, Catalogue.load(),
            new Messages(Language.NB));

    private List<String> titles() {
        return viewModel.groupsProperty().get().stream().flatMap(g -> g.ideas().stream()).map(Idea::title).toList();
    }

    @Test
    void everyIdeaIsShownGroupedByTheSixCategoriesInTheirOrder() {
        List<IdeaBrowserViewModel.Group> groups = viewModel.groupsProperty().get();

        assertEquals(List.of(Category.KUNDENE, Category.ANSATTE, Category.LAERING, Category.SYNLIGHET,
                Category.SAMFUNN, Category.SMAA_GREP), groups.stream().map(IdeaBrowserViewModel.Group::category).toList());
        assertEquals(28, titles().size());
    }

    @Test
    void theSearchMatchesTitleAndSummaryAsYouType() {
        viewModel.searchProperty().set("kake");
        assertEquals(List.of("Kake og kaffe"), titles());

        viewModel.searchProperty().set("KANTINA");
        assertEquals(List.of("Kake og kaffe"), titles(), "the summary says canteen");

        viewModel.searchProperty().set("video takk");
        assertTrue(titles().contains("Takkevideo"));
        assertTrue(titles().contains("Ledelsen takker"));
    }

    @Test
    void filtersByCategoryPillarAndAudienceCombine() {
        viewModel.categories().setAll(Category.SMAA_GREP);
        assertEquals(List.of("Kake og kaffe", "CX-merch", "Takkevideo", "CX bingo"), titles());

        viewModel.pillars().setAll(Pillar.ANERKJENNELSE);
        assertEquals(List.of("Takkevideo"), titles());

        viewModel.categories().clear();
        viewModel.pillars().clear();
        viewModel.audienceProperty().set(Audience.KUNDER);
        assertTrue(titles().contains("Kunde-panel"), "an idea for both customers and employees is for customers too");
        assertTrue(!titles().contains("Kake og kaffe"));
    }

    @Test
    void severalCategoriesAndPillarsShowWhatIsInAnyOfThem() {
        viewModel.categories().setAll(Category.SMAA_GREP, Category.LAERING);
        viewModel.pillars().setAll(Pillar.ANERKJENNELSE, Pillar.LAERING);

        List<Idea> shown = viewModel.groupsProperty().get().stream().flatMap(g -> g.ideas().stream()).toList();
        assertTrue(shown.stream().allMatch(i -> i.category() == Category.SMAA_GREP || i.category() == Category.LAERING));
        assertTrue(shown.stream().allMatch(i -> i.pillars().isStrong(Pillar.ANERKJENNELSE)
                || i.pillars().isStrong(Pillar.LAERING)));
        assertTrue(titles().contains("Takkevideo") && titles().contains("CX workshops"), titles().toString());
        assertTrue(!titles().contains("Kake og kaffe"), "strong only in engasjement");
    }

    @Test
    void theBrowserCountsHowOftenAnIdeaIsInThePlan() {
        Idea cake = Catalogue.load().find("kake-og-kaffe", Language.NB).orElseThrow();
        Activity one = new Activity("a-1", "kake-og-kaffe", "Kake", "a", DAY.atTime(9, 0), DAY.atTime(10, 0),
                cake.pillars(), "", "", "", List.of(), null, null, null, Extras.NONE);

        assertEquals("ikke i planen ennå", viewModel.usesInWords(cake));
        document.apply("add", p -> p.withActivities(List.of(one)));
        assertEquals("brukt én gang i planen", viewModel.usesInWords(cake));
        document.apply("add", p -> p.withActivities(List.of(one, one.copiedAs("a-2"))));

        assertEquals(2, viewModel.usesInPlan(cake));
        assertEquals("brukt 2 ganger i planen", viewModel.usesInWords(cake));
    }

    @Test
    void aCustomIdeaIsCheckedAndThenStoredInThePlanUnderItsOwnCategory() {
        assertEquals("4 er utenfor 5 til 1440.",
                viewModel.addCustomIdea("Kort", "", new Pillars(1, 1, 1), 4, Audience.BEGGE).orElseThrow());
        assertEquals(0, document.plan().customIdeas().size());

        assertTrue(viewModel.addCustomIdea("Kundekaffe", "Kaffe i resepsjonen", new Pillars(2, 0, 2), 60,
                Audience.KUNDER).isEmpty());

        Idea idea = document.plan().customIdeas().get(0);
        assertEquals("kundekaffe-1", idea.id());
        assertEquals(Category.EGNE, idea.category());
        assertTrue(titles().contains("Kundekaffe"));
    }

    @Test
    void aCustomIdeaIsChangedAsOneEditThatKeepsItsIdAndARefusedChangeLeavesItAsItWas() {
        viewModel.addCustomIdea("Kundekaffe", "Kaffe i resepsjonen", new Pillars(2, 0, 2), 60, Audience.KUNDER);
        Idea idea = document.plan().customIdeas().get(0);
        assertTrue(viewModel.isCustom(idea));
        assertFalse(viewModel.isCustom(Catalogue.load().find("cx-bingo", Language.NB).orElseThrow()));

        assertEquals("Ideen trenger en tittel.", viewModel.editCustomIdea(idea, "  ", "", new Pillars(1, 1, 1), 30,
                Audience.BEGGE).orElseThrow());
        assertEquals(List.of(idea), document.plan().customIdeas());

        assertTrue(viewModel.editCustomIdea(idea, "Kaffe for kundene ", "Nytt", new Pillars(0, 1, 3), 45,
                Audience.BEGGE).isEmpty());

        Idea edited = document.plan().customIdeas().get(0);
        assertEquals(new Idea("kundekaffe-1", Category.EGNE, "Kaffe for kundene", "Nytt", new Pillars(0, 1, 3), 45,
                Audience.BEGGE, List.of(), Extras.NONE), edited);
        assertEquals(edited, viewModel.selectedProperty().get());
        assertEquals("endre ideen «Kundekaffe»", document.undoDescriptionProperty().get());
        document.undo();
        assertEquals(List.of(idea), document.plan().customIdeas());
    }

    @Test
    void aRemovedCustomIdeaLeavesTheBankButItsActivitiesStayAndUndoBringsItBack() {
        viewModel.addCustomIdea("Kundekaffe", "Kaffe i resepsjonen", new Pillars(2, 0, 2), 60, Audience.KUNDER);
        Idea idea = document.plan().customIdeas().get(0);
        Activity made = new Activity("a-1", idea.id(), idea.title(), "a", DAY.atTime(9, 0), DAY.atTime(10, 0),
                idea.pillars(), "", "", "", List.of(), null, null, null, Extras.NONE);
        document.apply("add", p -> p.withActivities(List.of(made)));
        viewModel.selectedProperty().set(idea);

        viewModel.removeCustomIdea(idea);

        assertEquals(List.of(), document.plan().customIdeas());
        assertFalse(titles().contains("Kundekaffe"));
        assertEquals(List.of(made), document.plan().activities());
        assertEquals(null, viewModel.selectedProperty().get());
        document.undo();
        assertEquals(List.of(idea), document.plan().customIdeas());
        assertTrue(titles().contains("Kundekaffe"));
    }

    @Test
    void aPlanCarriedOverBeforeHistoryExistedShowsLastYearAsTheOneYearOfEachIdeasRecord() {
        LastYear lastYear = new LastYear("5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f", "CX-dagen 2025", DAY.minusYears(1),
                new Mix(0.4, 0.3, 0.3), Extras.NONE, Review.EMPTY, Map.of("cx-bingo", new IdeaRating(1, 4.5,
                Extras.NONE), "kake-og-kaffe", new IdeaRating(2, 3.0, Extras.NONE)), Extras.NONE);
        assertFalse(viewModel.hasHistoryProperty().get());
        document.apply("carried", p -> new Plan(p.schemaVersion(), p.id(), p.title(), p.organization(), p.cxDay(),
                p.firstDay(), p.lastDay(), p.dayStart(), p.dayEnd(), p.timeZone(),
                Plan.DEFAULT_CURRENCY, null, p.lanes(), p.activities(),
                p.customIdeas(), p.review(), null, lastYear, List.of(), p.extras()));
        Idea bingo = Catalogue.load().find("cx-bingo", Language.NB).orElseThrow();

        assertTrue(viewModel.hasHistoryProperty().get());
        IdeaRecord record = viewModel.record(bingo).orElseThrow();
        assertEquals("1 år ★ 4,5", viewModel.recordBadge(record));
        assertEquals("Prøvd ett år (2025), snitt 4,5", viewModel.recordSentence(record));
        viewModel.categories().setAll(Category.SMAA_GREP);
        viewModel.sortByRecordProperty().set(true);
        assertEquals(List.of("CX bingo", "Kake og kaffe", "CX-merch", "Takkevideo"), titles());
    }

    /** The plan of one year with one activity for each idea, rated as given (null: not reviewed). */
    private static Plan withIdeas(Plan plan, Map<String, Integer> ratings) {
        List<Activity> activities = new ArrayList<>();
        ratings.forEach((ideaId, rating) -> {
            LocalDateTime start = plan.cxDay().atTime(9 + activities.size(), 0);
            activities.add(new Activity("a-" + ideaId, ideaId, ideaId, "a", start, start.plusHours(1),
                    new Pillars(1, 1, 1), "", "", "", List.of(), rating == null ? null
                    : new Evaluation(true, rating, 10, "", Extras.NONE), null, null, Extras.NONE));
        });
        return plan.withActivities(activities);
    }

    /** 2025: bingo 4; 2026: bingo 5, the video not reviewed; 2027: bingo 3, the video again, cake 4. */
    private void carryOverThreeYears() {
        Map<String, Integer> y2026 = new LinkedHashMap<>();
        y2026.put("cx-bingo", 5);
        y2026.put("takkevideo", null);
        Map<String, Integer> y2027 = new LinkedHashMap<>(Map.of("cx-bingo", 3, "kake-og-kaffe", 4));
        y2027.put("takkevideo", null);
        Plan plan = withIdeas(Plan.blank("CX-dagen 2025", CxDay.of(2025), new Lane("a", "A")), Map.of("cx-bingo", 4));
        plan = withIdeas(CarryOver.toYear(plan, 2026, false), y2026);
        plan = withIdeas(CarryOver.toYear(plan, 2027, false), y2027);
        document.replace(CarryOver.toYear(plan, 2028, false), null);
    }

    @Test
    void eachIdeasRecordOverTheEarlierYearsReadsAsYearsAndAverage() {
        carryOverThreeYears();
        Catalogue catalogue = Catalogue.load();

        IdeaRecord bingo = viewModel.record(catalogue.find("cx-bingo", Language.NB).orElseThrow()).orElseThrow();
        IdeaRecord video = viewModel.record(catalogue.find("takkevideo", Language.NB).orElseThrow()).orElseThrow();

        assertEquals("3 år ★ 4,0", viewModel.recordBadge(bingo));
        assertEquals("Prøvd 3 år (2025, 2026, 2027), snitt 4,0", viewModel.recordSentence(bingo));
        assertEquals("2 år ☆ –", viewModel.recordBadge(video));
        assertEquals("Prøvd 2 år (2026, 2027), ikke vurdert", viewModel.recordSentence(video));
        assertTrue(viewModel.record(catalogue.find("cx-merch", Language.NB).orElseThrow()).isEmpty());
        IdeaBrowserViewModel english = new IdeaBrowserViewModel(document, catalogue, new Messages(Language.EN));
        assertEquals("3 yrs ★ 4.0", english.recordBadge(bingo));
        assertEquals("Tried 2 years (2026, 2027), not rated", english.recordSentence(video));
    }

    @Test
    void sortedByTheRecordTheBestAverageComesFirstThenTheIdeaTriedInMoreYears() {
        carryOverThreeYears();
        viewModel.categories().setAll(Category.SMAA_GREP);
        assertEquals(List.of("Kake og kaffe", "CX-merch", "Takkevideo", "CX bingo"), titles());

        viewModel.sortByRecordProperty().set(true);

        // bingo and cake both average 4.0, bingo over three years; the video was tried but never rated
        assertEquals(List.of("CX bingo", "Kake og kaffe", "Takkevideo", "CX-merch"), titles());
    }
}
