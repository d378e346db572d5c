package no.cxday.planner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Cost;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Task;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TasksPdfTest {

    private static final Messages NB = new Messages(Language.NB);
    private static final Messages EN = new Messages(Language.EN);

    /**
     * Kake og kaffe (Kari, Kantina, 1. etasje) with Bestille kake (Ola), Låne kaffetrakter (Kari's, as
     * it has no owner, done) and Rydde etterpå (without a due date); Frokostseminar with no
     * responsible, and its task Invitere kunder with no owner either; Per responsible for nothing.
     */
    private static Plan plan() {
        Plan plan = ExportFixtures.plan(2, "Kantina", "Auditoriet");
        Activity cake = ExportFixtures.activity("a-1", "Kake og kaffe", "kantina", ExportFixtures.CX_DAY.atTime(8, 30),
                45);
        cake = cake.withDetails(cake.title(), cake.pillars(), "Kari", "Kantina, 1. etasje", "",
                List.of(new Task("t-1", "Bestille kake", "Ola", LocalDate.of(2026, 10, 1), false, Extras.NONE),
                        new Task("t-2", "Låne kaffetrakter", "", LocalDate.of(2026, 10, 2), true, Extras.NONE),
                        new Task("t-3", "Rydde etterpå", "kari", null, false, Extras.NONE)));
        Activity seminar = ExportFixtures.activity("a-2", "Frokostseminar", "auditoriet",
                ExportFixtures.CX_DAY.minusDays(1).atTime(9, 0), 120);
        seminar = seminar.withDetails(seminar.title(), seminar.pillars(), "", "", "",
                List.of(new Task("t-4", "Invitere kunder", "", LocalDate.of(2026, 9, 14), false, Extras.NONE)));
        return plan.withActivities(List.of(cake, seminar));
    }

    private static Plan withCosts(Plan plan, String budget, String planned, String actual) {
        Activity a = plan.activities().get(0);
        Activity cake = new Activity(a.id(), a.ideaId(), a.title(), a.laneId(), a.start(), a.end(), a.pillars(),
                a.responsible(), a.location(), a.notes(), a.tasks(), a.evaluation(), a.expectedParticipants(),
                new Cost(new BigDecimal(planned), actual == null ? null : new BigDecimal(actual), "", Extras.NONE),
                a.extras());
        Plan p = plan.withActivities(List.of(cake, plan.activities().get(1)));
        return new Plan(p.schemaVersion(), p.id(), p.title(), p.organization(), p.cxDay(), p.firstDay(), p.lastDay(),
                p.dayStart(), p.dayEnd(), p.timeZone(), "SEK", budget == null ? null : new BigDecimal(budget),
                p.lanes(), p.activities(), p.customIdeas(), p.review(), p.communication(), p.lastYear(), p.history(),
                p.extras());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll(" +", " ");
        }
    }

    /** The text of {@code person}'s section: from their heading to the next heading in {@code after}. */
    private static String section(String text, String person, String after) {
        int start = text.indexOf("\n" + person + "\n");
        assertTrue(start >= 0, person + " has a section: " + text);
        int end = text.indexOf("\n" + after + "\n", start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    @Test
    void eachPersonHasTheirActivitiesAndTheTasksTheyDoByDueDate() throws IOException {
        String text = text(TasksPdf.render(plan(), NB));

        String kari = section(text, "Kari", "Ola");
        assertTrue(kari.contains("Ansvarlig for"), kari);
        assertTrue(kari.contains("tirsdag 6. oktober, 08:30–09:15 Kake og kaffe – Kantina, 1. etasje (Kantina)"), kari);
        assertTrue(kari.contains("02.10.2026 Låne kaffetrakter – Kake og kaffe"), "no owner: the responsible's");
        assertTrue(kari.contains("uten frist Rydde etterpå – Kake og kaffe"), "kari and Kari are one person");
        assertTrue(kari.indexOf("Låne kaffetrakter") < kari.indexOf("Rydde etterpå"), "by due date, none last");
        assertFalse(kari.contains("Bestille kake"), "Ola's task is Ola's");

        String ola = section(text, "Ola", "Ingen ansvarlig");
        assertTrue(ola.contains("01.10.2026 Bestille kake – Kake og kaffe"), ola);
        assertFalse(ola.contains("Ansvarlig for"), "Ola is responsible for no activity");

        String noOne = section(text, "Ingen ansvarlig", "Budsjett");
        assertTrue(noOne.contains("mandag 5. oktober, 09:00–11:00 Frokostseminar – Auditoriet"), noOne);
        assertTrue(noOne.contains("14.09.2026 Invitere kunder – Frokostseminar"), noOne);
        assertTrue(text.startsWith("Hvem gjør hva – CX-dagen 2026"), text);
        assertTrue(text.indexOf("\nKari\n") < text.indexOf("\nOla\n"), "by name");
    }

    @Test
    void thePdfSpeaksEnglishWhenAskedTo() throws IOException {
        String text = text(TasksPdf.render(withCosts(plan(), null, "1500", null), EN));

        String kari = section(text, "Kari", "Ola");
        assertTrue(kari.contains("Responsible for"), kari);
        assertTrue(kari.contains("Tuesday 6 October, 08:30–09:15 Kake og kaffe – Kantina, 1. etasje (Kantina)"), kari);
        assertTrue(kari.contains("2 Oct 2026 Låne kaffetrakter – Kake og kaffe"), kari);
        assertTrue(kari.contains("no due date Rydde etterpå"), kari);
        String noOne = section(text, "No one responsible", "Budget");
        assertTrue(noOne.contains(EN.dates().date(LocalDate.of(2026, 9, 14)) + " Invitere kunder"), noOne);
        assertTrue(text.startsWith("Who does what – CX-dagen 2026"), text);
        assertTrue(text.contains("Budget: no budget set"), text);
        assertTrue(text.contains("Planned costs: 1,500 SEK"), text);
        assertTrue(text.contains("Page 1 of 1"), text);
    }

    @Test
    void aPersonWithNothingIsLeftOutAndSoIsNoOneWhenEverythingHasSomeone() throws IOException {
        Plan plan = plan();
        Activity seminar = plan.activities().get(1);
        seminar = seminar.withDetails(seminar.title(), seminar.pillars(), "Per", "", "", List.of());
        Activity cake = plan.activities().get(0);
        cake = cake.withDetails(cake.title(), cake.pillars(), "Kari", cake.location(), "", List.of());
        String text = text(TasksPdf.render(plan.withActivities(List.of(cake, seminar)), NB));

        assertFalse(text.contains("\nOla\n"), "Ola has no task left: " + text);
        assertFalse(text.contains("Ingen ansvarlig"), text);
        assertFalse(section(text, "Per", "Budsjett").contains("Oppgaver"), "no tasks, no heading for them");
    }

    @Test
    void theBudgetSummaryHasTheSumsAndSaysInWordsWhenTheyAreOver() throws IOException {
        String text = text(TasksPdf.render(withCosts(plan(), "25000.5", "24000", "26620.50"), NB));

        String budget = text.substring(text.indexOf("\nBudsjett\n"));
        assertTrue(budget.contains("Valuta: SEK"), budget);
        assertTrue(budget.contains("Budsjett: 25 000,50 SEK"), budget);
        assertTrue(budget.contains("Planlagte kostnader: 24 000 SEK"), budget);
        assertTrue(budget.contains("Faktiske kostnader: 26 620,50 SEK"), budget);
        assertTrue(budget.contains("Over budsjett: de faktiske kostnadene er 1 620 SEK over budsjettet."), budget);
        assertFalse(budget.contains("de planlagte kostnadene er"), "the planned costs are within the budget");

        String noActual = text(TasksPdf.render(withCosts(plan(), "1000", "1500", null), NB));
        assertFalse(noActual.contains("Faktiske kostnader"), "no actual cost is known");
        assertTrue(noActual.contains("de planlagte kostnadene er 500 SEK over budsjettet."), noActual);
        assertTrue(text(TasksPdf.render(withCosts(plan(), null, "0", null), NB)).contains("Budsjett: ikke satt"));
    }
}
