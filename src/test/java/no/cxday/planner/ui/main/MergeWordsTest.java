package no.cxday.planner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.merge.MergeResult;
import no.cxday.planner.merge.PlanMerge;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.TaskIds;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.ui.DialogService.ConflictInWords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A merge in words, in each of the program's languages. */
class MergeWordsTest {

    private static final Messages NB = new Messages(Language.NB);
    private static final Messages EN = new Messages(Language.EN);

    @TempDir
    Path dir;

    private Plan base;

    @BeforeEach
    void example() throws Exception {
        Path file = dir.resolve("example.cxplan.json");
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));
        base = TaskIds.given(PlanReader.read(file));
    }

    private static Plan cake(Plan plan, UnaryOperator<Activity> change) {
        return PlanEdits.update(plan, "a-1", change);
    }

    /** Kari adds a quiz, ticks the cake off and moves the cake to the next morning. */
    private Plan karis() {
        Plan plan = PlanEdits.add(base, new Activity("a-2", null, "Quiz", "digitalt", base.cxDay().atTime(10, 0),
                base.cxDay().atTime(10, 45), new Pillars(0, 2, 1), "", "", "", List.of(), null, null, null,
                Extras.NONE));
        return cake(plan, a -> a.withTasks(List.of(a.tasks().get(0).withDone(true))).placed(a.laneId(),
                a.start().plusDays(1).withHour(9).withMinute(0), a.end().plusDays(1).withHour(9).withMinute(45)));
    }

    @Test
    void whatCameInFromTheFileIsToldInTheProgramsLanguage() {
        Plan mine = cake(base, a -> a.withDetails(a.title(), a.pillars(), "Ola", a.location(), a.notes(), a.tasks()));
        MergeResult result = PlanMerge.merge(base, mine, karis());

        assertEquals("Slått sammen med «delt.cxplan.json». Fra filen kom: flyttet «Kake og kaffe» til onsdag "
                + "7. oktober, 09:00–09:45; krysset av oppgaven «Bestille kake» i «Kake og kaffe» som gjort; la til "
                + "«Quiz».", new MergeWords(NB).changes(result, mine, "delt.cxplan.json"));
        assertEquals("Merged with \"delt.cxplan.json\". From the file came: moved \"Kake og kaffe\" to Wednesday "
                + "7 October, 09:00–09:45; ticked off the task \"Bestille kake\" in \"Kake og kaffe\" as done; added "
                + "\"Quiz\".", new MergeWords(EN).changes(result, mine, "delt.cxplan.json"));
    }

    @Test
    void manyChangesAreCountedAfterTheFirstFew() {
        Plan theirs = base;
        for (int i = 0; i < 10; i++) {
            theirs = PlanEdits.add(theirs, new Activity("n-" + i, null, "Ny " + i, "kantina",
                    base.cxDay().atTime(10 + i % 5, 0), base.cxDay().atTime(10 + i % 5, 30), new Pillars(1, 1, 1), "",
                    "", "", List.of(), null, null, null, Extras.NONE));
        }

        String told = new MergeWords(NB).changes(PlanMerge.merge(base, base, theirs), base, "delt.cxplan.json");

        assertEquals("Slått sammen med «delt.cxplan.json». Fra filen kom: la til «Ny 0»; la til «Ny 1»; la til "
                + "«Ny 2»; la til «Ny 3»; la til «Ny 4»; la til «Ny 5»; la til «Ny 6»; la til «Ny 7»; og 2 endringer "
                + "til.", told);
    }

    @Test
    void aConflictNamesTheActivityTheFieldAndBothValues() {
        Plan mine = PlanEdits.remove(base, "a-1");
        Plan theirs = cake(base, a -> a.withDetails(a.title(), a.pillars(), "Per", a.location(), a.notes(),
                a.tasks()));
        Plan mineLater = cake(base, a -> a.placed(a.laneId(), a.start().withHour(9), a.end().withHour(10)));
        Plan theirsEarlier = cake(base, a -> a.placed(a.laneId(), a.start().withHour(8).withMinute(0),
                a.end().withHour(8).withMinute(45)));

        assertEquals(List.of(new ConflictInWords("«Kake og kaffe»", "fjernet",
                "«Kake og kaffe» tirsdag 6. oktober, 08:30–09:15")),
                new MergeWords(NB).conflicts(PlanMerge.merge(base, mine, theirs), mine, theirs));
        assertEquals(List.of(new ConflictInWords("\"Kake og kaffe\": the start", "Tuesday 6 October, 09:30",
                "Tuesday 6 October, 08:00"), new ConflictInWords("\"Kake og kaffe\": the end",
                "Tuesday 6 October, 10:15", "Tuesday 6 October, 08:45")),
                new MergeWords(EN).conflicts(PlanMerge.merge(base, mineLater, theirsEarlier), mineLater,
                        theirsEarlier));
    }
}
