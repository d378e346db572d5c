package no.cxday.planner.ui.balance;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.GridPane;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.util.Subscription;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Balance;
import no.cxday.planner.model.Mix;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.ui.PillarMarks;

/** Draws the gauge: an arc per pillar, an outer ring for the preview, and a row per pillar. */
final class BalanceGaugeSkin extends SkinBase<BalanceGauge> {

    private static final double RADIUS = 52;
    private static final double PREVIEW_RADIUS = 64;
    private static final double SIZE = 2 * PREVIEW_RADIUS + 12;
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    private final Map<Pillar, Arc> arcs = new EnumMap<>(Pillar.class);
    private final Map<Pillar, Arc> previewArcs = new EnumMap<>(Pillar.class);
    private final Map<Pillar, Label> shares = new EnumMap<>(Pillar.class);
    private final Map<Pillar, Label> minutes = new EnumMap<>(Pillar.class);
    private final Map<Pillar, Label> names = new EnumMap<>(Pillar.class);
    private final Label score = new Label();
    private final Label scoreCaption = new Label();
    private final Label previewScore = new Label();
    private final Label missing = new Label();
    private final Group ring = new Group();
    private final GridPane rows = new GridPane();
    private Subscription subscriptions = Subscription.EMPTY;

    BalanceGaugeSkin(BalanceGauge gauge) {
        super(gauge);
        Messages messages = gauge.messages();
        Circle track = new Circle(RADIUS);
        track.getStyleClass().add("gauge-track");
        ring.getChildren().add(track);
        for (Pillar pillar : Pillar.values()) {
            arcs.put(pillar, arc(RADIUS, "gauge-arc", pillar));
            previewArcs.put(pillar, arc(PREVIEW_RADIUS, "gauge-preview-arc", pillar));
            names.put(pillar, new Label(messages.get("pillar." + pillar.key())));
            shares.put(pillar, new Label());
            minutes.put(pillar, new Label());
            int row = pillar.ordinal();
            rows.add(PillarMarks.mark(pillar, 12), 0, row);
            rows.add(names.get(pillar), 1, row);
            rows.add(shares.get(pillar), 2, row);
            rows.add(minutes.get(pillar), 3, row);
            shares.get(pillar).getStyleClass().add("gauge-share");
            minutes.get(pillar).getStyleClass().add("gauge-minutes");
            names.get(pillar).getStyleClass().add("gauge-name");
        }
        ring.getChildren().addAll(arcs.values());
        ring.getChildren().addAll(previewArcs.values());
        rows.getStyleClass().add("gauge-rows");
        score.getStyleClass().add("gauge-score");
        scoreCaption.getStyleClass().add("gauge-caption");
        scoreCaption.setText(messages.get("balance.scoreCaption"));
        previewScore.getStyleClass().add("gauge-preview-score");
        missing.getStyleClass().add("gauge-missing");
        missing.setWrapText(true);
        getChildren().addAll(ring, score, scoreCaption, previewScore, rows, missing);
    }

    @Override
    public void install() {
        super.install();
        BalanceGauge gauge = getSkinnable();
        subscriptions = Subscription.combine(gauge.balanceProperty().subscribe(this::update),
                gauge.previewProperty().subscribe(this::update));
        update();
    }

    @Override
    public void dispose() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
        super.dispose();
    }

    private static Arc arc(double radius, String styleClass, Pillar pillar) {
        Arc arc = new Arc(0, 0, radius, radius, 90, 0);
        arc.setType(ArcType.OPEN);
        arc.getStyleClass().addAll(styleClass, "pillar-" + pillar.key());
        return arc;
    }

    private void update() {
        BalanceGauge gauge = getSkinnable();
        Messages messages = gauge.messages();
        Balance balance = gauge.balanceProperty().get();
        Balance preview = gauge.previewProperty().get();
        sweep(arcs, balance.mix());
        boolean previewing = preview != null;
        previewArcs.values().forEach(arc -> arc.setVisible(previewing));
        if (previewing) {
            sweep(previewArcs, preview.mix());
        }
        score.setText(Integer.toString(balance.score()));
        previewScore.setText(previewing ? "→ " + preview.score() : "");
        // While a drop is previewed, its score takes the caption's place inside the ring.
        scoreCaption.setVisible(!previewing);
        Mix mix = balance.mix();
        for (Pillar pillar : Pillar.values()) {
            String share = percent(mix.share(pillar));
            if (previewing) {
                share += " → " + percent(preview.mix().share(pillar));
            }
            shares.get(pillar).setText(share);
            minutes.get(pillar).setText(messages.format("balance.minutes", Math.round(balance.minutes(pillar))));
            names.get(pillar).pseudoClassStateChanged(MISSING, balance.missing().contains(pillar));
        }
        String missingNames = balance.missing().stream().map(p -> messages.get("pillar." + p.key()))
                .collect(Collectors.joining(", "));
        missing.setText(balance.totalMinutes() == 0 ? messages.get("balance.empty")
                : missingNames.isEmpty() ? messages.get("balance.allPresent")
                : messages.format("balance.missing", missingNames));
        gauge.setAccessibleText(messages.format("balance.accessible", balance.score(), percent(mix.anerkjennelse()),
                percent(mix.laering()), percent(mix.engasjement())) + " " + missing.getText());
    }

    private static void sweep(Map<Pillar, Arc> ring, Mix mix) {
        double angle = 90;
        for (Pillar pillar : Pillar.values()) {
            double extent = -360 * mix.share(pillar);
            Arc arc = ring.get(pillar);
            arc.setStartAngle(angle);
            arc.setLength(extent);
            angle += extent;
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    /**
     * The ring and the rows' narrowest; SkinBase's own minimum would follow where the children were
     * laid out, so a gauge once wide could never be narrowed again and its pane scrolled sideways.
     */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + Math.max(SIZE, rows.minWidth(-1)) + right;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + Math.max(SIZE, rows.prefWidth(-1)) + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double contentWidth = Math.max(SIZE, width - left - right);
        return top + SIZE + 8 + rows.prefHeight(-1) + 6 + missing.prefHeight(contentWidth) + bottom;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double centerX = x + w / 2;
        double centerY = y + SIZE / 2;
        ring.setLayoutX(snapPositionX(centerX));
        ring.setLayoutY(snapPositionY(centerY));
        score.autosize();
        score.relocate(snapPositionX(centerX - score.getWidth() / 2), snapPositionY(centerY - score.getHeight() / 2 - 6));
        scoreCaption.autosize();
        scoreCaption.relocate(snapPositionX(centerX - scoreCaption.getWidth() / 2),
                snapPositionY(centerY + score.getHeight() / 2 - 8));
        previewScore.autosize();
        previewScore.relocate(snapPositionX(centerX - previewScore.getWidth() / 2),
                snapPositionY(centerY + score.getHeight() / 2 - 8));
        double rowsTop = y + SIZE + 8;
        rows.resizeRelocate(x, snapPositionY(rowsTop), w, rows.prefHeight(w));
        double missingTop = rowsTop + rows.prefHeight(w) + 6;
        missing.resizeRelocate(x, snapPositionY(missingTop), w, missing.prefHeight(w));
    }
}
