package no.cxday.planner.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an activity costs, in the plan's currency: {@code planned}, and {@code actual} once it is
 * known (null until then). Amounts are exact, with the digits the file had.
 */
public record Cost(BigDecimal planned, BigDecimal actual, String note, Extras extras) {

    public Cost {
        Objects.requireNonNull(planned);
        Objects.requireNonNull(note);
        Objects.requireNonNull(extras);
    }

    /** The same planned cost for another year, whose actual cost is not known yet. */
    public Cost withoutActual() {
        return new Cost(planned, null, note, extras);
    }
}
