package no.cxday.planner.ui.history;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.ui.history.HistoryViewModel.Point;
import no.cxday.planner.ui.history.HistoryViewModel.Row;

/**
 * "År for år": a table of the plan's years, oldest first and this year last, and under it two
 * charts over the years: the score with the three shares, and the average rating.
 */
public final class HistoryView {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final double ROW_HEIGHT = 26;
    private static final double AXIS_WIDTH = 36;
    /** The table grows with the years up to this many rows, and scrolls past them. */
    private static final int ROWS_SHOWN = 8;
    /** The two rows of headings (the costs' over their two columns) and the room of a scroll bar. */
    private static final double HEADER_ROWS = 2.6;

    private final VBox root = new VBox(8);
    private final HistoryViewModel viewModel;
    private final Messages messages;
    private final TableView<Row> table = new TableView<>();
    private final LineChart<Number, Number> balance;
    private final LineChart<Number, Number> rating;

    public HistoryView(HistoryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        root.getStyleClass().add("history-view");
        root.setPadding(new Insets(8));
        Label hint = new Label();
        hint.setId("historyHint");
        hint.setWrapText(true);
        hint.textProperty().bind(viewModel.hintProperty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        buildTable();
        balance = chart("history.chart.balance", new NumberAxis(0, 100, 20));
        balance.setId("historyBalanceChart");
        rating = chart("history.chart.rating", new NumberAxis(0, 5, 1));
        rating.setId("historyRatingChart");
        rating.setLegendVisible(false);
        VBox.setVgrow(balance, Priority.ALWAYS);
        VBox.setVgrow(rating, Priority.SOMETIMES);
        viewModel.points().addListener((ListChangeListener<Point>) change -> drawCharts());
        drawCharts();
        root.getChildren().addAll(hint, table, balance, rating);
        // the theme sets the font's size (larger in high contrast), so the columns follow the hint's
        hint.fontProperty().subscribe(font -> fitColumns(table.getColumns(), font.getSize()));
    }

    public Parent root() {
        return root;
    }

    /** Whether the years are on screen: they are brought up to date only while they are. */
    public BooleanProperty shownProperty() {
        return viewModel.shownProperty();
    }

    public void focus() {
        table.requestFocus();
    }

    private void buildTable() {
        table.setId("historyTable");
        table.setItems(viewModel.rows());
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label());
        TableColumn<Row, String> cost = new TableColumn<>();
        cost.textProperty().bind(viewModel.costHeadingProperty());
        cost.setReorderable(false);
        cost.getColumns().setAll(List.of(column("history.column.plannedCost", Row::plannedCost, 6),
                column("history.column.actualCost", Row::actualCost, 6)));
        TableColumn<Row, String> mix = column("history.column.mix", Row::mix, 8);
        Label mixHeading = new Label(mix.getText());
        mixHeading.setTooltip(new Tooltip(messages.get("history.column.mixInFull")));
        mix.setText(null);
        mix.setGraphic(mixHeading);
        table.getColumns().setAll(List.of(
                column("history.column.cxDay", Row::cxDay, 7.5),
                column("history.column.score", Row::score, 5.5),
                mix,
                column("history.column.held", Row::held, 5),
                column("history.column.rating", Row::averageRating, 5),
                column("history.column.participants", Row::participants, 7.5),
                cost));
        // the title, and this year's mark, on hover; this year's row is also marked in colour
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                boolean shown = !empty && row != null;
                pseudoClassStateChanged(CURRENT, shown && row.current());
                setTooltip(shown ? new Tooltip(row.title()) : null);
            }
        });
        // as tall as its years, so that the charts get the rest
        viewModel.rows().subscribe(() -> table.setPrefHeight(
                ROW_HEIGHT * (Math.min(viewModel.rows().size(), ROWS_SHOWN) + HEADER_ROWS)));
        table.setMinHeight(Region.USE_PREF_SIZE);
    }

    /**
     * A column {@code ems} wide, in units of the font's size: room for its heading in both languages
     * and for its values.
     */
    private TableColumn<Row, String> column(String key, Function<Row, String> text, double ems) {
        TableColumn<Row, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setUserData(ems);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    /**
     * A chart over the years, each year at its number; a tick every half year, named only at the
     * whole ones, so that each year's number stands under its own point.
     */
    /** Sizes each column to its width in ems, and never narrower, so that a narrow pane scrolls rather than cuts. */
    private static void fitColumns(List<? extends TableColumn<Row, ?>> columns, double fontSize) {
        for (TableColumn<Row, ?> column : columns) {
            if (column.getUserData() instanceof Double ems) {
                column.setMinWidth(ems * fontSize);
                column.setPrefWidth(ems * fontSize);
            }
            fitColumns(column.getColumns(), fontSize);
        }
    }

    private LineChart<Number, Number> chart(String titleKey, NumberAxis values) {
        NumberAxis years = new NumberAxis();
        years.setAutoRanging(false);
        years.setTickUnit(0.5);
        years.setMinorTickVisible(false);
        years.setTickMarkVisible(false);
        years.setAnimated(false);
        years.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number at) {
                double year = at.doubleValue();
                return year == Math.rint(year) ? String.valueOf((long) year) : "";
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        values.setAnimated(false);
        LineChart<Number, Number> chart = new LineChart<>(years, values);
        chart.setTitle(messages.get(titleKey));
        chart.setAnimated(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setVerticalZeroLineVisible(false);
        chart.setMinHeight(160);
        chart.setPrefHeight(200);
        // the same width for both value axes, so that a year stands at the same place in both charts
        values.setMinWidth(AXIS_WIDTH);
        values.setPrefWidth(AXIS_WIDTH);
        return chart;
    }

    private void drawCharts() {
        List<Point> points = viewModel.points();
        int first = points.stream().mapToInt(Point::year).min().orElse(0);
        int last = points.stream().mapToInt(Point::year).max().orElse(0);
        for (LineChart<Number, Number> chart : List.of(balance, rating)) {
            NumberAxis years = (NumberAxis) chart.getXAxis();
            years.setLowerBound(first - 0.5);
            years.setUpperBound(last + 0.5);
        }
        balance.getData().setAll(List.of(
                series("history.series.score", points, Point::score),
                series("pillar.anerkjennelse", points, Point::anerkjennelse),
                series("pillar.laering", points, Point::laering),
                series("pillar.engasjement", points, Point::engasjement)));
        XYChart.Series<Number, Number> ratings = new XYChart.Series<>();
        ratings.setName(messages.get("history.series.rating"));
        // a year nothing was rated in has no point, rather than a false nought
        points.stream().filter(p -> p.averageRating() != null)
                .forEach(p -> ratings.getData().add(new XYChart.Data<>(p.year(), p.averageRating())));
        rating.getData().setAll(List.of(ratings));
    }

    private XYChart.Series<Number, Number> series(String nameKey, List<Point> points, ToDoubleFunction<Point> value) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(messages.get(nameKey));
        points.forEach(p -> series.getData().add(new XYChart.Data<>(p.year(), value.applyAsDouble(p))));
        return series;
    }
}
