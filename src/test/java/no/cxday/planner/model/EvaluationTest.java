package no.cxday.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final Extras UNKNOWN = new Extras(Map.of("mood", "\"glad\""), Set.of());

    @Test
    void aRatingFromTheKeysMeansHeldAndKeepsTheCountTheNotesAndUnknownFields() {
        Evaluation before = new Evaluation(true, 2, 40, "Tomt etter 20 min", UNKNOWN);

        assertEquals(new Evaluation(true, 4, 40, "Tomt etter 20 min", UNKNOWN), Evaluation.rated(before, 4));
        assertEquals(new Evaluation(false, null, null, "Tomt etter 20 min", UNKNOWN), Evaluation.rated(before, null),
                "not held: nobody took part");
        assertEquals(new Evaluation(true, 5, null, "", Extras.NONE), Evaluation.rated(null, 5));
    }

    @Test
    void aRatingGivenInTheEditorMeansHeldEvenWhenTheBoxIsNotTicked() {
        assertEquals(new Evaluation(true, 3, 12, "Bra", Extras.NONE), Evaluation.given(null, false, 3, 12, "Bra"));
        assertEquals(new Evaluation(false, null, null, "", UNKNOWN),
                Evaluation.given(new Evaluation(true, 1, null, "", UNKNOWN), false, null, null, ""));
    }
}
