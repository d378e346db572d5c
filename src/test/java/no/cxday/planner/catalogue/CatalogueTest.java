package no.cxday.planner.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.IdeaTask;
import no.cxday.planner.model.PlanRules;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static final Catalogue CATALOGUE = Catalogue.load();

    /** The 26 ideas under the six headings of seed 003, and the two formats of the seminar report. */
    private static final List<String> SEED_TITLES = List.of(
            "Kampanjer for kundetakk", "Kunde-historier", "Eksklusive kunde-events", "Surprise & delight",
            "CX Hero Awards", "Kollega-takk", "Ledelsen takker", "Wall of Thanks",
            "CX workshops", "Kunde-panel", "CX hackathon", "Feedback-maraton", "CX Shark Tank", "Quiz & spill",
            "Storytelling-kampanje", "Case-studier", "#CXDay i sosiale medier", "Kontordekor",
            "CX-lunsjer/kaffepauser",
            "Donasjon knyttet til CX", "Frivillighet", "Kunde co-creation",
            "Kake og kaffe", "CX-merch", "Takkevideo", "CX bingo",
            "Frokostseminar med foredrag", "Webinar for kundene");

    @Test
    void theCatalogueHoldsEveryIdeaOfTheSeedsInBokmaal() {
        Set<String> titles = CATALOGUE.ideas(Language.NB).stream().map(Idea::title).collect(Collectors.toSet());

        assertEquals(new HashSet<>(SEED_TITLES), titles);
    }

    @Test
    void everyIdeaHasTheSameIdsAndNumbersInBothLanguagesAndItsOwnEnglishText() {
        List<Idea> nb = CATALOGUE.ideas(Language.NB);
        List<Idea> en = CATALOGUE.ideas(Language.EN);

        assertEquals(nb.size(), en.size());
        for (int i = 0; i < nb.size(); i++) {
            Idea norwegian = nb.get(i);
            Idea english = en.get(i);
            assertEquals(norwegian.id(), english.id());
            assertEquals(norwegian.pillars(), english.pillars());
            assertEquals(norwegian.durationMinutes(), english.durationMinutes());
            assertNotEquals(norwegian.summary(), english.summary(), norwegian.id());
        }
    }

    @Test
    void everyIdeaKeepsTheRulesOfThePlanFormat() {
        Set<String> ids = new HashSet<>();
        for (Idea idea : CATALOGUE.ideas(Language.EN)) {
            assertNull(PlanRules.ideaProblem(idea.id(), idea), idea.id());
            assertTrue(idea.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), "a slug: " + idea.id());
            assertTrue(idea.pillars().total() > 0, idea.id());
            assertTrue(ids.add(idea.id()), "unique: " + idea.id());
            assertTrue(!idea.summary().isBlank(), idea.id());
        }
    }

    @Test
    void theSixHeadingsOfTheIdeaBankAllHaveIdeasAndNoBuiltInIdeaIsACustomOne() {
        Set<Category> used = CATALOGUE.ideas(Language.NB).stream().map(Idea::category).collect(Collectors.toSet());

        assertEquals(EnumSet.complementOf(EnumSet.of(Category.EGNE)), used);
    }

    @Test
    void ideasCanBeFoundByIdInEitherLanguage() {
        assertEquals("Kake og kaffe", CATALOGUE.find("kake-og-kaffe", Language.NB).orElseThrow().title());
        assertEquals("Cake and coffee", CATALOGUE.find("kake-og-kaffe", Language.EN).orElseThrow().title());
        assertTrue(CATALOGUE.find("no-such-idea", Language.EN).isEmpty());
    }

    @Test
    void anIdeasPreparationIsReadInEachLanguage() {
        JsonObject root = JsonParser.parseString("""
                {"ideas": [{"id": "kake-og-kaffe", "category": "smaa-grep",
                  "title": {"nb": "Kake og kaffe", "en": "Cake and coffee"}, "summary": {"nb": "", "en": ""},
                  "pillars": {"anerkjennelse": 1, "laering": 0, "engasjement": 2}, "durationMinutes": 45,
                  "audience": "ansatte",
                  "preparation": [{"text": {"nb": "Bestille kake", "en": "Order the cake"}, "daysBefore": 3},
                                  {"text": {"nb": "Takke bakeriet", "en": "Thank the bakery"}, "daysBefore": -1}]}]}
                """).getAsJsonObject();

        Catalogue catalogue = Catalogue.parse(root);

        assertEquals(List.of(new IdeaTask("Bestille kake", 3, Extras.NONE), new IdeaTask("Takke bakeriet", -1,
                Extras.NONE)), catalogue.ideas(Language.NB).get(0).preparation());
        assertEquals("Order the cake", catalogue.ideas(Language.EN).get(0).preparation().get(0).text());
    }
}
