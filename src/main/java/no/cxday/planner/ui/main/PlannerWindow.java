package no.cxday.planner.ui.main;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.Subscription;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.export.DesktopPrinter;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.DialogService;
import no.cxday.planner.ui.Theme;
import no.cxday.planner.ui.WindowState;
import no.cxday.planner.ui.balance.BalanceView;
import no.cxday.planner.ui.balance.BalanceViewModel;
import no.cxday.planner.ui.budget.BudgetView;
import no.cxday.planner.ui.budget.BudgetViewModel;
import no.cxday.planner.ui.editor.ActivityEditorView;
import no.cxday.planner.ui.editor.ActivityEditorViewModel;
import no.cxday.planner.ui.export.ExportView;
import no.cxday.planner.ui.export.ExportViewModel;
import no.cxday.planner.ui.export.WindowPrinter;
import no.cxday.planner.ui.history.HistoryView;
import no.cxday.planner.ui.history.HistoryViewModel;
import no.cxday.planner.ui.ideas.IdeaBrowserView;
import no.cxday.planner.ui.ideas.IdeaBrowserViewModel;
import no.cxday.planner.ui.preparation.PreparationView;
import no.cxday.planner.ui.preparation.PreparationViewModel;
import no.cxday.planner.ui.review.ReviewView;
import no.cxday.planner.ui.review.ReviewViewModel;
import no.cxday.planner.ui.timeline.TimelineDaysViewModel;
import no.cxday.planner.ui.timeline.TimelineView;
import no.cxday.planner.ui.timeline.TimelineViewModel;

/**
 * Builds the window's view models and views for one document in one language, wired together
 * through the window's {@link WindowState}; {@link #close()} ends what they listen to when the
 * window is built anew (another language) or closed.
 */
public final class PlannerWindow {

    static final int AUTOSAVE_SECONDS = 60;

    private final MainViewModel viewModel;
    private final MainView view;
    private final Subscription lifetime;

    /**
     * @param clock      what today is (review mode, preparation) and the time the timeline's now line shows
     * @param state      what the window shares, kept across rebuilds
     * @param onQuit     closes the window
     * @param onLanguage builds the window anew in another language
     */
    public PlannerWindow(PlanDocument document, Catalogue catalogue, Storage storage, DialogService dialogs,
            Messages messages, Clock clock, WindowState state, Runnable onQuit, Consumer<Language> onLanguage) {
        Supplier<LocalDate> today = () -> LocalDate.now(clock);
        viewModel = new MainViewModel(document, dialogs, messages, today, storage.recentFiles(), storage.recovery(),
                storage.sharing(), state);
        TimelineViewModel timeline = new TimelineViewModel(document, catalogue, messages, dialogs, state);
        BooleanProperty reviewMode = state.reviewModeProperty();
        ActivityEditorViewModel editorViewModel = new ActivityEditorViewModel(document,
                state.selectedActivityIdProperty(), messages);
        ActivityEditorView editor = new ActivityEditorView(editorViewModel, messages, reviewMode);
        TimelineDaysViewModel days = new TimelineDaysViewModel(document, timeline.layoutProperty(), state, clock);
        TimelineView timelineView = new TimelineView(timeline, days, messages, editor::focus, reviewMode);
        IdeaBrowserView ideas = new IdeaBrowserView(new IdeaBrowserViewModel(document, catalogue, messages));
        ideas.onAdd(idea -> {
            timeline.addIdea(idea.id());
            timelineView.timeline().requestFocus();
        });
        BalanceView balance = new BalanceView(new BalanceViewModel(document, timeline.previewProperty(), catalogue,
                messages, reviewMode), messages);
        ReviewView review = new ReviewView(new ReviewViewModel(document, dialogs, messages));
        ExportView export = new ExportView(new ExportViewModel(document, dialogs, catalogue, messages,
                new WindowPrinter(new DesktopPrinter())));
        PreparationViewModel preparationViewModel = new PreparationViewModel(document, messages, today);
        PreparationView preparation = new PreparationView(preparationViewModel, messages);
        BudgetViewModel budgetViewModel = new BudgetViewModel(document, reviewMode, messages);
        HistoryViewModel historyViewModel = new HistoryViewModel(document, messages);
        view = new MainView(viewModel, messages, new MainView.Panes(ideas, timelineView, balance, review, editor,
                export, timeline, preparation, new BudgetView(budgetViewModel, messages),
                new HistoryView(historyViewModel, messages)), onQuit, onLanguage, state.themeProperty(),
                state.selectedActivityIdProperty());
        // Holding these is what keeps the window's content alive while it is shown, and ends it after.
        lifetime = Subscription.combine(viewModel::close, view::close, balance::close, timeline::close,
                editorViewModel::close, preparationViewModel::close, budgetViewModel::close, historyViewModel::close);
    }

    /** Ends every subscription of this window's view models to the document and the window's state. */
    public void close() {
        lifetime.unsubscribe();
    }

    /**
     * Where the window keeps the recent files and the recovery copies, and how it shares the open
     * plan's file with colleagues (its lock, and the watch on it).
     */
    public record Storage(RecentFiles recentFiles, RecoveryStore recovery, PlanSharing sharing) {

        /** Shared as this process shares it. */
        public Storage(RecentFiles recentFiles, RecoveryStore recovery) {
            this(recentFiles, recovery, PlanSharing.ofThisProcess());
        }
    }

    /**
     * Asks about unsaved changes when the window is closed, and keeps it open on Avbryt; writes a
     * recovery copy of unsaved changes every minute and when the window loses focus, and looks
     * whether another program saved the plan's file when it gets focus.
     */
    public static void guard(Stage stage, Supplier<MainViewModel> current) {
        stage.setOnCloseRequest(event -> {
            if (!current.get().mayCloseWindow()) {
                event.consume();
            }
        });
        Timeline autosave = new Timeline(new KeyFrame(Duration.seconds(AUTOSAVE_SECONDS),
                e -> current.get().autosave()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                current.get().checkFileOnDisk();
            } else {
                current.get().autosave();
            }
        });
    }

    /** Styles the scene: the base stylesheet, then the theme's colours over it. */
    public static void applyTheme(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(PlannerWindow.class.getResource("/no/cxday/planner/ui/planner.css")
                .toExternalForm());
        if (theme.stylesheet() != null) {
            scene.getStylesheets().add(theme.stylesheet());
        }
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainView view() {
        return view;
    }
}
