package no.cxday.planner.ui.main;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Balance;
import no.cxday.planner.model.CxDay;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Mix;
import no.cxday.planner.model.Plan;
import no.cxday.planner.storage.PlanFileException;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.PlanWriter;
import no.cxday.planner.ui.DialogService;

/** The main window's state and its file commands: new, open, save, save as and close. */
public final class MainViewModel {

    public static final String EXTENSION = ".cxplan.json";

    private final PlanDocument document;
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final StringBinding windowTitle;
    private final StringBinding overview;
    private final BooleanBinding readOnly;

    public MainViewModel(PlanDocument document, DialogService dialogs, Messages messages, Supplier<LocalDate> today) {
        this.document = document;
        this.dialogs = dialogs;
        this.messages = messages;
        this.today = today;
        this.readOnly = Bindings.createBooleanBinding(() -> document.plan().isFromNewerVersion(),
                document.planProperty());
        this.windowTitle = Bindings.createStringBinding(this::describeWindow, document.planProperty(),
                document.dirtyProperty());
        this.overview = Bindings.createStringBinding(this::describePlan, document.planProperty());
    }

    /** A blank plan for the next CX day after {@code today}, in the given language. */
    public static Plan blankPlan(Messages messages, LocalDate today) {
        LocalDate cxDay = CxDay.next(today);
        return Plan.blank(messages.format("plan.defaultTitle", cxDay.getYear()), cxDay,
                new Lane("spor-1", messages.get("plan.defaultLane")));
    }

    public StringBinding windowTitleProperty() {
        return windowTitle;
    }

    public StringBinding overviewProperty() {
        return overview;
    }

    /** True when a newer program wrote the plan, which then can be read but not saved. */
    public BooleanBinding readOnlyProperty() {
        return readOnly;
    }

    private String describeWindow() {
        Plan plan = document.plan();
        String title = (document.isDirty() ? "*" : "") + plan.title();
        if (plan.isFromNewerVersion()) {
            title += " " + messages.get("window.readOnly");
        }
        return title + " – " + messages.get("app.name");
    }

    private String describePlan() {
        Plan plan = document.plan();
        Balance balance = Balance.of(plan);
        Mix mix = balance.mix();
        return messages.format("overview.text", plan.title(), plan.cxDay(), plan.firstDay(), plan.lastDay(),
                plan.lanes().size(), plan.activities().size(), balance.score(),
                percent(mix.anerkjennelse()), percent(mix.laering()), percent(mix.engasjement()));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f", share * 100);
    }

    public void newPlan() {
        if (mayDiscardChanges()) {
            document.replace(blankPlan(messages, today.get()), null);
        }
    }

    public void open() {
        if (mayDiscardChanges()) {
            dialogs.chooseFileToOpen(folder()).ifPresent(this::openFile);
        }
    }

    /** Opens {@code file}; a bad file is refused in one sentence and the open plan stays as it was. */
    public void openFile(Path file) {
        try {
            Plan plan = PlanReader.read(file);
            document.replace(plan, file);
            if (plan.isFromNewerVersion()) {
                dialogs.showInfo(messages.format("dialog.readOnly", file.getFileName(), plan.schemaVersion()));
            }
        } catch (PlanFileException e) {
            dialogs.showError(e.sentence(messages));
        }
    }

    /** Saves to the plan's file, or asks where for a plan never saved. True when the plan was saved. */
    public boolean save() {
        return document.file() == null ? saveAs() : saveTo(document.file());
    }

    public boolean saveAs() {
        String suggested = document.file() != null ? document.file().getFileName().toString()
                : fileNameFor(document.plan().title());
        return dialogs.chooseFileToSave(folder(), suggested).map(MainViewModel::withExtension)
                .map(this::saveTo).orElse(false);
    }

    private boolean saveTo(Path file) {
        try {
            PlanWriter.save(document.plan(), file);
            document.markSaved(file);
            return true;
        } catch (PlanFileException e) {
            dialogs.showError(e.sentence(messages));
            return false;
        }
    }

    /** Asks about unsaved changes; true when the plan may now be closed or replaced. */
    public boolean mayDiscardChanges() {
        if (!document.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSaveChanges(document.plan().title())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private Path folder() {
        Path file = document.file();
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    static String fileNameFor(String title) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]+", " ").strip();
        return (name.isEmpty() ? "plan" : name) + EXTENSION;
    }

    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(EXTENSION) ? file : file.resolveSibling(name + EXTENSION);
    }
}
