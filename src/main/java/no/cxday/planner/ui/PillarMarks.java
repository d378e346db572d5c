package no.cxday.planner.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Pillars;

/**
 * The pillars drawn by shape as well as colour, so that they read in greyscale and for colour-blind
 * eyes: anerkjennelse a circle, læring a square, engasjement a triangle, one mark per weight point.
 */
public final class PillarMarks {

    private PillarMarks() {
    }

    public static Shape mark(Pillar pillar, double size) {
        Shape shape = switch (pillar) {
            case ANERKJENNELSE -> new Circle(size / 2);
            case LAERING -> new Rectangle(size * 0.9, size * 0.9);
            case ENGASJEMENT -> new Polygon(size / 2, 0, size, size, 0, size);
        };
        shape.getStyleClass().addAll("pillar-mark", "pillar-" + pillar.key());
        return shape;
    }

    public static List<Node> of(Pillars pillars) {
        List<Node> marks = new ArrayList<>();
        for (Pillar pillar : Pillar.values()) {
            for (int i = 0; i < pillars.weight(pillar); i++) {
                marks.add(mark(pillar, 8));
            }
        }
        return marks;
    }

    /** The weights in words, for screen readers: "anerkjennelse 1, læring 0, engasjement 2". */
    public static String describe(Pillars pillars, Messages messages) {
        List<String> parts = new ArrayList<>();
        for (Pillar pillar : Pillar.values()) {
            parts.add(messages.get("pillar." + pillar.key()) + " " + pillars.weight(pillar));
        }
        return String.join(", ", parts);
    }
}
