package no.cxday.planner.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.storage.PlanReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole activity in a block's tooltip, in the program's language. */
class BlockDescriptionTest {

    private Activity cake;

    @BeforeEach
    void takeTheCakeFromTheExamplePlan() throws Exception {
        cake = PlanReader.read(Path.of("docs/examples/cx-dagen-2026.cxplan.json")).activity("a-5").orElseThrow();
    }

    @Test
    void tellsTitleTimeLanePlaceResponsibleAndPillarsInBokmal() {
        assertEquals("""
                Kake og kaffe
                tirsdag 6. oktober, 10:00–10:45
                Spor: Kantina
                Sted: Kantina, 1. etasje
                Ansvarlig: Kari
                Anerkjennelse 1, Læring 0, Engasjement 2""",
                BlockDescription.of(cake, "Kantina", false, new Messages(Language.NB)));
    }

    @Test
    void leavesOutWhatIsNotGivenAndTellsTheRatingOnceThereIsOne() {
        Activity rated = cake.withDetails(cake.title(), cake.pillars(), "", "", cake.notes(), cake.tasks())
                .withEvaluation(Evaluation.rated(null, 4));

        assertEquals("""
                Kake og kaffe
                Tuesday 6 October, 10:00–10:45
                Lane: Kantina
                Recognition 1, Learning 0, Engagement 2
                Rating: ★★★★☆""", BlockDescription.of(rated, "Kantina", false, new Messages(Language.EN)));
    }

    @Test
    void inReviewAnUnratedActivitySaysSoAndOnePastMidnightNamesTheDayItEnds() {
        Activity late = cake.placed(cake.laneId(), LocalDateTime.of(2026, 10, 6, 22, 0),
                LocalDateTime.of(2026, 10, 7, 1, 0));

        assertEquals("""
                Kake og kaffe
                tirsdag 6. oktober, 22:00–onsdag 7. oktober, 01:00
                Spor: Kantina
                Sted: Kantina, 1. etasje
                Ansvarlig: Kari
                Anerkjennelse 1, Læring 0, Engasjement 2
                Vurdering: Ikke vurdert""", BlockDescription.of(late, "Kantina", true, new Messages(Language.NB)));
    }
}
