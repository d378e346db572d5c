package no.cxday.planner.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of docs/plan-format.md, broken one at a time in the example plan. */
class PlanReaderRulesTest {

    @TempDir
    Path dir;

    private static JsonObject activity(JsonObject plan) {
        return plan.getAsJsonArray("activities").get(0).getAsJsonObject();
    }

    private static JsonObject customIdea() {
        JsonObject idea = new JsonObject();
        idea.addProperty("id", "egen");
        idea.addProperty("category", "egne");
        idea.addProperty("title", "Egen idé");
        idea.addProperty("summary", "");
        JsonObject pillars = new JsonObject();
        pillars.addProperty("anerkjennelse", 1);
        pillars.addProperty("laering", 1);
        pillars.addProperty("engasjement", 1);
        idea.add("pillars", pillars);
        idea.addProperty("durationMinutes", 30);
        idea.addProperty("audience", "begge");
        return idea;
    }

    private static JsonObject lastYear() {
        JsonObject lastYear = new JsonObject();
        lastYear.addProperty("planId", "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f");
        lastYear.addProperty("title", "CX-dagen 2025");
        lastYear.addProperty("cxDay", "2025-10-07");
        JsonObject mix = new JsonObject();
        mix.addProperty("anerkjennelse", 0.5);
        mix.addProperty("laering", 0.25);
        mix.addProperty("engasjement", 0.25);
        lastYear.add("mix", mix);
        JsonObject rating = new JsonObject();
        rating.addProperty("held", 1);
        rating.addProperty("averageRating", 4.5);
        JsonObject ratings = new JsonObject();
        ratings.add("kake-og-kaffe", rating);
        lastYear.add("ideaRatings", ratings);
        return lastYear;
    }

    private static JsonObject task(JsonObject plan) {
        return activity(plan).getAsJsonArray("tasks").get(0).getAsJsonObject();
    }

    private static JsonObject cost(JsonObject plan, Object planned, Object actual) {
        JsonObject cost = new JsonObject();
        cost.add("planned", JsonParser.parseString(String.valueOf(planned)));
        cost.add("actual", JsonParser.parseString(String.valueOf(actual)));
        activity(plan).add("cost", cost);
        return cost;
    }

    private static JsonObject communication(JsonObject plan, String message, String link) {
        JsonObject communication = new JsonObject();
        communication.addProperty("message", message);
        communication.addProperty("link", link);
        plan.add("communication", communication);
        return communication;
    }

    private static JsonObject ideaWithTask(JsonObject plan, String text, int daysBefore) {
        JsonObject idea = customIdea();
        JsonObject task = new JsonObject();
        task.addProperty("text", text);
        task.addProperty("daysBefore", daysBefore);
        JsonArray preparation = new JsonArray();
        preparation.add(task);
        idea.add("preparation", preparation);
        plan.getAsJsonArray("customIdeas").add(idea);
        return idea;
    }

    /** A valid year of history, which a rule then breaks. */
    private static JsonObject year(JsonObject plan) {
        JsonObject year = lastYear();
        year.addProperty("score", 95);
        year.addProperty("activities", 11);
        year.addProperty("held", 9);
        year.addProperty("averageRating", 4.2);
        year.addProperty("participants", 240);
        year.addProperty("plannedCost", 18000);
        year.add("actualCost", JsonNull.INSTANCE);
        JsonArray history = new JsonArray();
        history.add(year);
        plan.add("history", history);
        return year;
    }

    static Stream<Arguments> brokenNewRules() {
        return Stream.of(
                rule("currency", p -> p.addProperty("currency", "nok")),
                rule("currency", p -> p.addProperty("currency", "NOKK")),
                rule("currency", p -> p.addProperty("currency", "")),
                rule("currency", p -> p.add("currency", JsonNull.INSTANCE)),
                rule("budget", p -> p.addProperty("budget", -0.01)),
                rule("budget", p -> p.addProperty("budget", 1_000_000_000.01)),
                rule("budget", p -> p.addProperty("budget", 12.345)),
                rule("budget", p -> p.add("budget", JsonParser.parseString("1e400"))),
                rule("budget", p -> p.addProperty("budget", "1500")),
                rule("communication.message", p -> communication(p, "x".repeat(501), "")),
                rule("communication.link", p -> communication(p, "", "intranett/cx-dagen")),
                rule("communication.link", p -> communication(p, "", "ftp://example.org/cx")),
                rule("communication.link", p -> communication(p, "", "https://example.org/" + "x".repeat(1981))),
                rule("communication.link", p -> communication(p, "", "https://exa mple.org")),
                rule("communication", p -> p.addProperty("communication", "Velkommen")),
                rule("activities[0].tasks[0].id", p -> task(p).addProperty("id", " ")),
                rule("activities[0].tasks[0].id", p -> task(p).add("id", JsonNull.INSTANCE)),
                rule("activities[0].tasks[1].id", p -> {
                    task(p).addProperty("id", "t-1");
                    activity(p).getAsJsonArray("tasks").add(task(p).deepCopy());
                }),
                rule("activities[1].tasks[0].id", p -> {
                    task(p).addProperty("id", "t-1");
                    JsonObject other = activity(p).deepCopy();
                    other.addProperty("id", "a-2");
                    p.getAsJsonArray("activities").add(other);
                }),
                rule("activities[0].tasks[0].owner", p -> task(p).addProperty("owner", 7)),
                rule("activities[0].expectedParticipants", p -> activity(p).addProperty("expectedParticipants", -1)),
                rule("activities[0].expectedParticipants",
                        p -> activity(p).addProperty("expectedParticipants", 1_000_001)),
                rule("activities[0].expectedParticipants", p -> activity(p).addProperty("expectedParticipants", 2.5)),
                rule("activities[0].cost.planned", p -> cost(p, "-1", "null")),
                rule("activities[0].cost.planned", p -> cost(p, "1000000001", "null")),
                rule("activities[0].cost.planned", p -> cost(p, "99.999", "null")),
                rule("activities[0].cost.planned", p -> cost(p, "null", "null")),
                rule("activities[0].cost.planned", p -> cost(p, "1", "null").remove("planned")),
                rule("activities[0].cost.actual", p -> cost(p, "1500", "-5")),
                rule("activities[0].cost.actual", p -> cost(p, "1500", "0.001")),
                rule("activities[0].cost.note", p -> cost(p, "1500", "null").addProperty("note", 3)),
                rule("activities[0].cost", p -> activity(p).addProperty("cost", 1500)),
                rule("customIdeas[0].preparation[0].text", p -> ideaWithTask(p, "  ", 3)),
                rule("customIdeas[0].preparation[0].daysBefore", p -> ideaWithTask(p, "Kjøpe kaffe", 366)),
                rule("customIdeas[0].preparation[0].daysBefore", p -> ideaWithTask(p, "Takke", -61)),
                rule("customIdeas[0].preparation[0].daysBefore", p -> ideaWithTask(p, "Kjøpe kaffe", 3)
                        .getAsJsonArray("preparation").get(0).getAsJsonObject().remove("daysBefore")),
                rule("customIdeas[0].preparation", p -> ideaWithTask(p, "Kjøpe kaffe", 3).addProperty("preparation", 1)),
                rule("history", p -> p.add("history", new JsonObject())),
                rule("history[0].score", p -> year(p).addProperty("score", 101)),
                rule("history[0].score", p -> year(p).addProperty("score", -1)),
                rule("history[0].activities", p -> year(p).addProperty("activities", -1)),
                rule("history[0].held", p -> year(p).addProperty("held", 12)),
                rule("history[0].held", p -> year(p).addProperty("held", -1)),
                rule("history[0].averageRating", p -> year(p).addProperty("averageRating", 0.5)),
                rule("history[0].participants", p -> year(p).addProperty("participants", -3)),
                rule("history[0].plannedCost", p -> year(p).addProperty("plannedCost", -1)),
                rule("history[0].plannedCost", p -> year(p).remove("plannedCost")),
                rule("history[0].actualCost", p -> year(p).addProperty("actualCost", -0.5)),
                rule("history[0].mix.engasjement", p -> year(p).getAsJsonObject("mix").addProperty("engasjement", 2)),
                rule("history[0].ideaRatings.kake-og-kaffe.held", p -> year(p).getAsJsonObject("ideaRatings")
                        .getAsJsonObject("kake-og-kaffe").addProperty("held", -1)),
                rule("history[0].planId", p -> year(p).remove("planId")),
                rule("history[0].planId", p -> year(p).addProperty("planId", 7)),
                rule("history[0].title", p -> year(p).remove("title")),
                rule("history[0].cxDay", p -> year(p).addProperty("cxDay", "07.10.2025")),
                rule("history[0].cxDay", p -> year(p).remove("cxDay")),
                rule("history[0].mix", p -> year(p).remove("mix")),
                rule("history[0].mix.anerkjennelse", p -> year(p).getAsJsonObject("mix").addProperty("anerkjennelse",
                        -0.1)),
                rule("history[0].mix.laering", p -> year(p).getAsJsonObject("mix").remove("laering")),
                rule("history[0].score", p -> year(p).addProperty("score", 95.5)),
                rule("history[0].score", p -> year(p).remove("score")),
                rule("history[0].activities", p -> year(p).addProperty("activities", "11")),
                rule("history[0].activities", p -> year(p).remove("activities")),
                rule("history[0].held", p -> year(p).remove("held")),
                rule("history[0].averageRating", p -> year(p).addProperty("averageRating", 5.01)),
                rule("history[0].averageRating", p -> year(p).addProperty("averageRating", "4,2")),
                rule("history[0].participants", p -> year(p).addProperty("participants", 2.5)),
                rule("history[0].participants", p -> year(p).remove("participants")),
                rule("history[0].plannedCost", p -> year(p).add("plannedCost", JsonNull.INSTANCE)),
                rule("history[0].plannedCost", p -> year(p).add("plannedCost", JsonParser.parseString("1e400"))),
                rule("history[0].actualCost", p -> year(p).addProperty("actualCost", "300")),
                rule("history[0].ideaRatings", p -> year(p).addProperty("ideaRatings", 3)),
                rule("history[0].ideaRatings.kake-og-kaffe.averageRating", p -> year(p).getAsJsonObject("ideaRatings")
                        .getAsJsonObject("kake-og-kaffe").addProperty("averageRating", 0.99)),
                rule("history[0].ideaRatings.kake-og-kaffe.held", p -> year(p).getAsJsonObject("ideaRatings")
                        .getAsJsonObject("kake-og-kaffe").remove("held")),
                rule("history[1]", p -> {
                    year(p);
                    p.getAsJsonArray("history").add("CX-dagen 2024");
                }),
                rule("history[1].score", p -> {
                    JsonObject second = year(p).deepCopy();
                    second.addProperty("score", 200);
                    p.getAsJsonArray("history").add(second);
                }),
                rule("history", p -> p.add("history", JsonNull.INSTANCE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenNewRules")
    void aBrokenRuleOfThePreparationCostAndHistoryFieldsIsRefusedWithItsJsonPath(String path,
            Consumer<JsonObject> breakIt) throws IOException {
        aBrokenRuleIsRefusedInOneSentenceNamingTheFileAndTheJsonPath(path, breakIt);
    }

    @Test
    void theEdgesOfEachNewRuleAreAllowed() throws Exception {
        JsonObject plan = PlanFixtures.example();
        plan.addProperty("currency", "EUR");
        plan.addProperty("budget", 1_000_000_000);
        activity(plan).addProperty("expectedParticipants", 1_000_000);
        cost(plan, "0", "1500.50");
        communication(plan, "🎉".repeat(500), "https://example.org/" + "x".repeat(1980));
        ideaWithTask(plan, "Takke", -60).getAsJsonArray("preparation").add(
                ideaWithTask(plan, "Bestille", 365).getAsJsonArray("preparation").get(0));
        plan.getAsJsonArray("customIdeas").remove(1);
        JsonObject year = year(plan);
        year.addProperty("held", 11);
        year.addProperty("score", 100);
        year.addProperty("plannedCost", 0.125);
        Path file = dir.resolve("edges.cxplan.json");
        Files.writeString(file, plan.toString());

        var read = PlanReader.read(file);

        assertEquals("EUR", read.currency());
        assertEquals(2, read.customIdeas().get(0).preparation().size());
        assertEquals(11, read.history().get(0).held());
    }

    private static Arguments rule(String path, Consumer<JsonObject> breakIt) {
        return Arguments.of(path, breakIt);
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                rule("format", p -> p.addProperty("format", "cxday-agenda")),
                rule("format", p -> p.remove("format")),
                rule("schemaVersion", p -> p.addProperty("schemaVersion", 0)),
                rule("schemaVersion", p -> p.addProperty("schemaVersion", "1")),
                rule("schemaVersion", p -> p.addProperty("schemaVersion", 1.5)),
                rule("id", p -> p.addProperty("id", "plan-1")),
                rule("id", p -> p.remove("id")),
                rule("title", p -> p.remove("title")),
                rule("title", p -> p.addProperty("title", "   ")),
                rule("title", p -> p.addProperty("title", "x".repeat(201))),
                rule("title", p -> p.addProperty("title", 2026)),
                rule("organization", p -> p.addProperty("organization", 1)),
                rule("cxDay", p -> p.addProperty("cxDay", "06.10.2026")),
                rule("cxDay", p -> p.addProperty("cxDay", "2026-10-04")),
                rule("cxDay", p -> p.addProperty("cxDay", "2026-10-08")),
                rule("firstDay", p -> p.addProperty("firstDay", "2026-02-30")),
                rule("lastDay", p -> {
                    p.addProperty("firstDay", "2026-09-06");
                    p.addProperty("lastDay", "2026-10-07");
                }),
                rule("dayStart", p -> p.addProperty("dayStart", "8:00")),
                rule("dayEnd", p -> p.addProperty("dayEnd", "08:00")),
                rule("dayEnd", p -> p.addProperty("dayEnd", "07:00")),
                rule("timeZone", p -> p.addProperty("timeZone", "Mars/Olympus_Mons")),
                rule("lanes", p -> p.add("lanes", new JsonArray())),
                rule("lanes", p -> p.remove("lanes")),
                rule("lanes[1].id", p -> p.getAsJsonArray("lanes").get(1).getAsJsonObject().addProperty("id", "kantina")),
                rule("lanes[0].id", p -> p.getAsJsonArray("lanes").get(0).getAsJsonObject().addProperty("id", "")),
                rule("lanes[0].name", p -> p.getAsJsonArray("lanes").get(0).getAsJsonObject().remove("name")),
                rule("lanes[1]", p -> p.getAsJsonArray("lanes").set(1, new JsonPrimitive("digitalt"))),
                rule("activities", p -> p.add("activities", new JsonObject())),
                rule("activities[1].id", p -> p.getAsJsonArray("activities").add(activity(p).deepCopy())),
                rule("activities[0].laneId", p -> activity(p).addProperty("laneId", "taket")),
                rule("activities[0].start", p -> activity(p).addProperty("start", "2026-10-06 08:30")),
                rule("activities[0].end", p -> activity(p).addProperty("end", "2026-10-06T08:30")),
                rule("activities[0].start", p -> activity(p).addProperty("start", "2026-10-04T23:30")),
                rule("activities[0].end", p -> activity(p).addProperty("end", "2026-10-08T00:15")),
                rule("activities[0].title", p -> activity(p).add("title", JsonNull.INSTANCE)),
                rule("activities[0].ideaId", p -> activity(p).addProperty("ideaId", 7)),
                rule("activities[0].pillars", p -> activity(p).remove("pillars")),
                rule("activities[0].pillars.laering", p -> activity(p).getAsJsonObject("pillars").addProperty("laering", 4)),
                rule("activities[0].pillars.anerkjennelse",
                        p -> activity(p).getAsJsonObject("pillars").addProperty("anerkjennelse", -1)),
                rule("activities[0].pillars.engasjement",
                        p -> activity(p).getAsJsonObject("pillars").addProperty("engasjement", "2")),
                rule("activities[0].pillars.engasjement",
                        p -> activity(p).getAsJsonObject("pillars").addProperty("engasjement", 1e30)),
                rule("activities[0].tasks[0].text",
                        p -> activity(p).getAsJsonArray("tasks").get(0).getAsJsonObject().addProperty("text", " ")),
                rule("activities[0].tasks[0].due",
                        p -> activity(p).getAsJsonArray("tasks").get(0).getAsJsonObject().addProperty("due", "fredag")),
                rule("activities[0].tasks[0].done",
                        p -> activity(p).getAsJsonArray("tasks").get(0).getAsJsonObject().addProperty("done", "no")),
                rule("activities[0].evaluation.rating",
                        p -> activity(p).getAsJsonObject("evaluation").addProperty("rating", 6)),
                rule("activities[0].evaluation.rating",
                        p -> activity(p).getAsJsonObject("evaluation").addProperty("rating", 0)),
                rule("activities[0].evaluation.rating",
                        p -> activity(p).getAsJsonObject("evaluation").addProperty("rating", 3.5)),
                rule("activities[0].evaluation.participants",
                        p -> activity(p).getAsJsonObject("evaluation").addProperty("participants", -1)),
                rule("activities[0].evaluation.held", p -> activity(p).getAsJsonObject("evaluation").remove("held")),
                rule("customIdeas[1].id", p -> {
                    p.getAsJsonArray("customIdeas").add(customIdea());
                    p.getAsJsonArray("customIdeas").add(customIdea());
                }),
                rule("customIdeas[0].category", p -> {
                    JsonObject idea = customIdea();
                    idea.addProperty("category", "diverse");
                    p.getAsJsonArray("customIdeas").add(idea);
                }),
                rule("customIdeas[0].durationMinutes", p -> {
                    JsonObject idea = customIdea();
                    idea.addProperty("durationMinutes", 4);
                    p.getAsJsonArray("customIdeas").add(idea);
                }),
                rule("customIdeas[0].durationMinutes", p -> {
                    JsonObject idea = customIdea();
                    idea.addProperty("durationMinutes", 1441);
                    p.getAsJsonArray("customIdeas").add(idea);
                }),
                rule("customIdeas[0].audience", p -> {
                    JsonObject idea = customIdea();
                    idea.addProperty("audience", "alle");
                    p.getAsJsonArray("customIdeas").add(idea);
                }),
                rule("review.learnings[0]", p -> {
                    JsonArray learnings = new JsonArray();
                    learnings.add(1);
                    p.getAsJsonObject("review").add("learnings", learnings);
                }),
                rule("review.whatWorked", p -> p.getAsJsonObject("review").add("whatWorked", new JsonArray())),
                rule("lastYear.mix.laering", p -> {
                    JsonObject lastYear = lastYear();
                    lastYear.getAsJsonObject("mix").addProperty("laering", 1.5);
                    p.add("lastYear", lastYear);
                }),
                rule("lastYear.ideaRatings.kake-og-kaffe.averageRating", p -> {
                    JsonObject lastYear = lastYear();
                    lastYear.getAsJsonObject("ideaRatings").getAsJsonObject("kake-og-kaffe")
                            .addProperty("averageRating", 6);
                    p.add("lastYear", lastYear);
                }),
                rule("lastYear.ideaRatings.kake-og-kaffe.held", p -> {
                    JsonObject lastYear = lastYear();
                    lastYear.getAsJsonObject("ideaRatings").getAsJsonObject("kake-og-kaffe").addProperty("held", -1);
                    p.add("lastYear", lastYear);
                }),
                rule("lastYear.cxDay", p -> {
                    JsonObject lastYear = lastYear();
                    lastYear.remove("cxDay");
                    p.add("lastYear", lastYear);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void aBrokenRuleIsRefusedInOneSentenceNamingTheFileAndTheJsonPath(String path, Consumer<JsonObject> breakIt)
            throws IOException {
        JsonObject plan = PlanFixtures.example();
        breakIt.accept(plan);
        Path file = dir.resolve("broken.cxplan.json");
        Files.writeString(file, plan.toString());
        byte[] before = Files.readAllBytes(file);

        PlanFileException e = assertThrows(PlanFileException.class, () -> PlanReader.read(file));

        assertEquals(path, e.problem().path());
        String sentence = e.sentence(new Messages(Language.EN));
        assertTrue(sentence.startsWith("Could not open \"" + file + "\": " + path + ": "), sentence);
        assertTrue(sentence.endsWith(".") && sentence.indexOf('\n') < 0, sentence);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void theExampleOfThePlanFormatIsAValidPlan() throws Exception {
        Path file = dir.resolve("example.cxplan.json");
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));

        assertEquals("CX-dagen 2026", PlanReader.read(file).title());
    }

    @Test
    void anEndBeforeItsStartIsToldWithBothTimes() throws IOException {
        JsonObject plan = PlanFixtures.example();
        JsonArray activities = plan.getAsJsonArray("activities");
        for (int i = 1; i <= 3; i++) {
            JsonObject copy = activities.get(0).getAsJsonObject().deepCopy();
            copy.addProperty("id", "a-" + (i + 1));
            activities.add(copy);
        }
        activities.get(3).getAsJsonObject().addProperty("start", "2026-10-06T09:15");
        activities.get(3).getAsJsonObject().addProperty("end", "2026-10-06T09:00");
        Path file = dir.resolve("plan.cxplan.json");
        Files.writeString(file, plan.toString());

        PlanFileException e = assertThrows(PlanFileException.class, () -> PlanReader.read(file));

        assertEquals("Could not open \"" + file + "\": activities[3].end: the end 09:00 is not after the start 09:15.",
                e.sentence(new Messages(Language.EN)));
        assertEquals("Kan ikke åpne «" + file + "»: activities[3].end: slutten 09:00 er ikke etter starten 09:15.",
                e.sentence(new Messages(Language.NB)));
    }

    @Test
    void aTitleOfTwoHundredEmojiIsNotTooLong() throws Exception {
        JsonObject plan = PlanFixtures.example();
        plan.addProperty("title", "🎉".repeat(200));
        Path file = dir.resolve("emoji.cxplan.json");
        Files.write(file, plan.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals("🎉".repeat(200), PlanReader.read(file).title());
    }
}
