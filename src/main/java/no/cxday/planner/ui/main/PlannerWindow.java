package no.cxday.planner.ui.main;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.DialogService;
import no.cxday.planner.ui.Theme;
import no.cxday.planner.ui.balance.BalanceView;
import no.cxday.planner.ui.balance.BalanceViewModel;
import no.cxday.planner.ui.editor.ActivityEditorView;
import no.cxday.planner.ui.editor.ActivityEditorViewModel;
import no.cxday.planner.ui.export.ExportView;
import no.cxday.planner.ui.export.ExportViewModel;
import no.cxday.planner.ui.ideas.IdeaBrowserView;
import no.cxday.planner.ui.ideas.IdeaBrowserViewModel;
import no.cxday.planner.ui.review.ReviewView;
import no.cxday.planner.ui.review.ReviewViewModel;
import no.cxday.planner.ui.timeline.TimelineView;
import no.cxday.planner.ui.timeline.TimelineViewModel;

/** Builds the window's view models and views for one document in one language, wired together. */
public final class PlannerWindow {

    static final int AUTOSAVE_SECONDS = 60;

    private final MainViewModel viewModel;
    private final MainView view;

    /**
     * @param onQuit     closes the window
     * @param onLanguage builds the window anew in another language
     */
    private final TimelineViewModel timeline;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);

    public PlannerWindow(PlanDocument document, Catalogue catalogue, Storage storage, DialogService dialogs,
            Messages messages, Supplier<LocalDate> today, Runnable onQuit, Consumer<Language> onLanguage) {
        StringProperty selected = new SimpleStringProperty();
        viewModel = new MainViewModel(document, dialogs, messages, today, storage.recentFiles(), storage.recovery());
        timeline = new TimelineViewModel(document, catalogue, messages, dialogs, selected);
        BooleanProperty reviewMode = viewModel.reviewModeProperty();
        ActivityEditorView editor = new ActivityEditorView(new ActivityEditorViewModel(document, selected, messages),
                messages, reviewMode);
        TimelineView timelineView = new TimelineView(timeline, messages, editor::focus, reviewMode);
        IdeaBrowserView ideas = new IdeaBrowserView(new IdeaBrowserViewModel(document, catalogue, messages));
        ideas.onAdd(idea -> {
            timeline.addIdea(idea.id());
            timelineView.timeline().requestFocus();
        });
        BalanceView balance = new BalanceView(new BalanceViewModel(document, timeline.previewProperty(), catalogue, messages,
                reviewMode), messages);
        ReviewView review = new ReviewView(new ReviewViewModel(document, dialogs, messages));
        ExportView export = new ExportView(new ExportViewModel(document, dialogs, messages), dialogs);
        view = new MainView(viewModel, messages,
                new MainView.Panes(ideas, timelineView, balance, review, editor, export, timeline), onQuit,
                onLanguage, theme);
    }

    /** Where the window keeps the recent files and the recovery copies. */
    public record Storage(RecentFiles recentFiles, RecoveryStore recovery) {
    }

    /**
     * Asks about unsaved changes when the window is closed, and keeps it open on Avbryt; writes a
     * recovery copy of unsaved changes every minute and when the window loses focus.
     */
    public static void guard(Stage stage, Supplier<MainViewModel> current) {
        stage.setOnCloseRequest(event -> {
            if (current.get().mayDiscardChanges()) {
                current.get().closedCleanly();
            } else {
                event.consume();
            }
        });
        Timeline autosave = new Timeline(new KeyFrame(Duration.seconds(AUTOSAVE_SECONDS),
                e -> current.get().autosave()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                current.get().autosave();
            }
        });
    }

    /** The timeline's grid step, for the preferences to start from and remember. */
    public IntegerProperty gridStepProperty() {
        return timeline.gridStepProperty();
    }

    /** Styles the scene: the base stylesheet, then the theme's colours over it. */
    public static void applyTheme(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(PlannerWindow.class.getResource("/no/cxday/planner/ui/planner.css")
                .toExternalForm());
        if (theme.stylesheet() != null) {
            scene.getStylesheets().add(theme.stylesheet());
        }
    }

    /** The theme chosen in the View menu. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainView view() {
        return view;
    }
}
