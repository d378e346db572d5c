package no.cxday.planner.export;

import java.awt.Color;
import no.cxday.planner.model.Pillar;

/**
 * The pillar colours of the screen (Paul Tol's high-contrast scheme: light, middle and dark, so
 * they stay apart in greyscale print), for paper.
 */
final class PillarColors {

    private PillarColors() {
    }

    static Color of(Pillar pillar) {
        return switch (pillar) {
            case ANERKJENNELSE -> new Color(0xDD, 0xAA, 0x33);
            case LAERING -> new Color(0x00, 0x44, 0x88);
            case ENGASJEMENT -> new Color(0xBB, 0x55, 0x66);
        };
    }
}
