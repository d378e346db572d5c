package no.cxday.planner.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Cost;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's head count and cost fields, as the coordinator types them. */
class CostFieldsTest {

    @TempDir
    Path dir;

    private final SimpleStringProperty selected = new SimpleStringProperty();
    private PlanDocument document;
    private ActivityEditorViewModel editor;
    private CostFields costs;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("planner.cxplan.json");
        Files.writeString(file, PlanFixtures.text("planner.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
        editor = new ActivityEditorViewModel(document, selected, new Messages(Language.NB));
        costs = editor.costs();
        selected.set("a-1");
    }

    private Activity cake() {
        return document.plan().activity("a-1").orElseThrow();
    }

    @Test
    void aCostTypedInBokmalIsOneUndoableEdit() {
        costs.expectedProperty().set("1 040");
        costs.plannedProperty().set("2 500,50");
        costs.noteProperty().set("Baker Hansen");

        assertTrue(editor.commit());

        assertEquals(1040, cake().expectedParticipants(), "a head count is read with a space between thousands");
        assertEquals(new BigDecimal("2500.50"), cake().cost().planned());
        assertNull(cake().cost().actual());
        assertEquals("Baker Hansen", cake().cost().note());
        assertEquals("2 500,50", costs.plannedProperty().get().replace('\u00A0', ' '),
                "the field shows the amount as bokmål writes it");

        document.undo();

        assertNull(cake().cost());
        assertNull(cake().expectedParticipants());
        assertEquals("", costs.plannedProperty().get());
    }

    @Test
    void anAmountThatCannotBeReadStaysAtItsFieldAndThePlanIsUnchanged() {
        costs.plannedProperty().set("mange penger");
        costs.actualProperty().set("12,345");

        assertFalse(editor.commit());

        assertEquals("Beløpet «mange penger» kan ikke leses: skriv det som 2500 eller 2 500,50.",
                costs.plannedErrorProperty().get());
        assertEquals("Beløpet 12,345 har flere enn 2 desimaler.", costs.actualErrorProperty().get());
        assertNull(cake().cost());
        assertFalse(document.isDirty());
    }

    @Test
    void anExpectedCountOutOfRangeIsRefusedAtItsField() {
        costs.expectedProperty().set("-3");

        assertFalse(editor.commit());

        assertEquals("Skriv forventet antall deltakere som et helt tall fra 0 til 1000000.",
                costs.expectedErrorProperty().get());
        assertNull(cake().expectedParticipants());
    }

    @Test
    void anActualCostWithoutAPlannedOneCountsThePlannedAsNothing() {
        costs.actualProperty().set("300");

        assertTrue(editor.commit());

        assertEquals(0, cake().cost().planned().signum());
        assertEquals(new BigDecimal("300"), cake().cost().actual());
    }

    @Test
    void fieldsLeftAloneKeepTheAmountToTheDigitAsTheFileHadIt() {
        Cost asRead = new Cost(new BigDecimal("1200.00"), null, "", Extras.NONE);
        document.apply("kostnad", plan -> PlanEdits.update(plan, "a-1", a -> a.withCosts(25, asRead)));
        editor.titleProperty().set("Kake og kaffe til alle");

        assertTrue(editor.commit());

        assertEquals(asRead, cake().cost());
        assertEquals(2, cake().cost().planned().scale());
        assertEquals(25, cake().expectedParticipants());
    }

    @Test
    void emptyingEveryCostFieldRemovesTheCost() {
        document.apply("kostnad", plan -> PlanEdits.update(plan, "a-1",
                a -> a.withCosts(null, new Cost(BigDecimal.TEN, null, "", Extras.NONE))));
        costs.plannedProperty().set("");

        assertTrue(editor.commit());

        assertNull(cake().cost());
    }
}
