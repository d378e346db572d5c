package no.cxday.planner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Audience;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.Communication;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AnnouncementTest {

    private static final Catalogue CATALOGUE = Catalogue.load();
    private static final Messages NB = new Messages(Language.NB);
    private static final String HOSTILE = "<script>alert('hei')</script> & «Kake» \"på\" <b>taket</b>";

    /** A seminar the day before, cake (a built-in idea), a custom idea and a hostile title on the CX day. */
    private static Plan plan() {
        Plan plan = ExportFixtures.plan(3, "Kantina", "Auditoriet");
        Idea custom = new Idea("egen-lunsj", Category.EGNE, "Lunsj med kundene", "Vi spiser sammen med tre kunder, "
                + "og de forteller.", new Pillars(0, 1, 2), 60, Audience.BEGGE, List.of(), Extras.NONE);
        Activity cake = idea(ExportFixtures.activity("a-1", "Kake og kaffe", "kantina",
                ExportFixtures.CX_DAY.atTime(8, 30), 45), "kake-og-kaffe");
        cake = cake.withDetails(cake.title(), cake.pillars(), "", "Kantina, 1. etasje", "", List.of());
        Activity lunch = idea(ExportFixtures.activity("a-2", "Lunsj med kundene", "kantina",
                ExportFixtures.CX_DAY.atTime(11, 30), 60), "egen-lunsj");
        Activity hostile = ExportFixtures.activity("a-3", HOSTILE, "auditoriet", ExportFixtures.CX_DAY.atTime(14, 0),
                30);
        Activity seminar = idea(ExportFixtures.activity("a-4", "Frokostseminar", "auditoriet",
                ExportFixtures.CX_DAY.minusDays(1).atTime(9, 0), 120), "frokostseminar");
        return plan.withCustomIdeas(List.of(custom)).withActivities(List.of(cake, lunch, hostile, seminar))
                .withCommunication(new Communication("Velkommen til CX-dagen!\nFølg med på intranettet.",
                        "https://intranett.example.org/cx?a=1&b=«2»", Extras.NONE));
    }

    private static Activity idea(Activity activity, String ideaId) {
        return new Activity(activity.id(), ideaId, activity.title(), activity.laneId(), activity.start(),
                activity.end(), activity.pillars(), activity.responsible(), activity.location(), activity.notes(),
                activity.tasks(), activity.evaluation(), activity.expectedParticipants(), activity.cost(),
                activity.extras());
    }

    @Test
    void theHtmlHoldsEveryActivitysDayTimeTitlePlaceAndSummaryInOrder() {
        Document html = Jsoup.parse(Announcement.of(plan(), CATALOGUE, NB).html());

        assertEquals("CX-dagen 2026 på Ærøy – «Kunden først»", html.title());
        assertEquals("CX-dagen 2026 på Ærøy – «Kunden først»", html.selectFirst("h1").text());
        assertTrue(html.text().contains("Blåbær og Søstre AS"));
        assertEquals(List.of("mandag 5. oktober 2026", "tirsdag 6. oktober 2026"), html.select("h2").eachText());
        assertEquals(List.of("Frokostseminar", "Kake og kaffe", "Lunsj med kundene", HOSTILE),
                html.select("strong").eachText());
        Element cake = html.select("tr").get(1);
        assertEquals("08:30–09:15", cake.child(0).text());
        assertTrue(cake.child(1).text().contains("Sted: Kantina, 1. etasje (Kantina)"), cake.text());
        assertTrue(cake.child(1).text().contains("Marker dagen med noe hyggelig og synlig i kantina."), cake.text());
        assertTrue(html.select("tr").get(2).text().contains("Vi spiser sammen med tre kunder"), "a custom idea's own");
        assertTrue(html.text().contains("Velkommen til CX-dagen! Følg med på intranettet."));
        assertEquals("https://intranett.example.org/cx?a=1&b=«2»", html.selectFirst("a").attr("href"));
    }

    @Test
    void theHtmlIsOneSelfContainedDocumentAMailClientShowsAsItIs() {
        String raw = Announcement.of(plan(), CATALOGUE, NB).html();
        Document html = Jsoup.parse(raw);

        assertFalse(raw.toLowerCase().contains("<script"), "no script, not even from a title");
        assertTrue(html.select("script, style, link, img, iframe, form").isEmpty());
        assertTrue(html.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .noneMatch(a -> a.getKey().startsWith("on") || a.getKey().equals("class")), "styles inline only");
        assertEquals("utf-8", html.selectFirst("meta[charset]").attr("charset"));
        assertEquals("nb", html.selectFirst("html").attr("lang"));
        assertTrue(raw.contains("Blåbær og Søstre AS"), "æøå as themselves, in UTF-8");
        assertTrue(html.selectFirst("div").attr("style").contains("font-family"));
    }

    @Test
    void thePlainTextHasTheSameProgrammeWithoutMarkup() {
        String text = Announcement.of(plan(), CATALOGUE, NB).text();

        assertTrue(text.startsWith("CX-dagen 2026 på Ærøy – «Kunden først»\nBlåbær og Søstre AS\n"), text);
        assertTrue(text.contains("\nVelkommen til CX-dagen!\nFølg med på intranettet.\n"), text);
        assertTrue(text.contains("\ntirsdag 6. oktober 2026\n\n08:30–09:15  Kake og kaffe\n"
                + "Sted: Kantina, 1. etasje (Kantina)\nMarker dagen med noe hyggelig og synlig i kantina.\n"), text);
        assertTrue(text.contains("14:00–14:30  " + HOSTILE + "\nSted: Auditoriet\n"), "text is not escaped: " + text);
        assertTrue(text.indexOf("Frokostseminar") < text.indexOf("Kake og kaffe"), "days in order");
        assertTrue(text.endsWith("\nLes mer: https://intranett.example.org/cx?a=1&b=«2»\n"), text);
        assertFalse(text.contains("&amp;") || text.contains("<td") || text.contains("<br"), text);
    }

    @Test
    void theAnnouncementSpeaksThePlansLanguageAndTheIdeasSummaryToo() {
        Announcement english = Announcement.of(plan(), CATALOGUE, new Messages(Language.EN));

        assertTrue(english.text().contains("\nTuesday 6 October 2026\n\n08:30–09:15  Kake og kaffe\n"
                + "Where: Kantina, 1. etasje (Kantina)\n"
                + "Mark the day with something nice and visible in the canteen.\n"),
                english.text());
        assertEquals("en", Jsoup.parse(english.html()).selectFirst("html").attr("lang"));
        assertTrue(english.text().contains("Read more: https://"), english.text());
    }

    @Test
    void aPlanWithNothingPlannedSaysSo() {
        Plan empty = ExportFixtures.plan(1, "Kantina");

        Announcement announcement = Announcement.of(empty, CATALOGUE, NB);

        assertTrue(announcement.text().contains("Ingen aktiviteter er planlagt."), announcement.text());
        assertTrue(Jsoup.parse(announcement.html()).select("table").isEmpty());
    }
}
