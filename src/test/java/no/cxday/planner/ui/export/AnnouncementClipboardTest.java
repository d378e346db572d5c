package no.cxday.planner.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.FixedClock;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.WindowState;
import no.cxday.planner.ui.main.PlannerWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Fil → Kopier kunngjøring: the clipboard gets the programme as HTML and as plain text. */
@ExtendWith(ApplicationExtension.class)
class AnnouncementClipboardTest {

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("planner.cxplan.json");
        Files.writeString(file, PlanFixtures.text("planner.cxplan.json"));
        PlannerWindow window = new PlannerWindow(new PlanDocument(PlanReader.read(file)), Catalogue.load(),
                new PlannerWindow.Storage(new RecentFiles(dir.resolve("recent.txt")),
                        new RecoveryStore(dir.resolve("recovery"))), dialogs, new Messages(Language.NB),
                FixedClock.on(LocalDate.of(2026, 9, 1)), new WindowState(), stage::close, language -> { });
        stage.setScene(new Scene(window.view().root(), 1366, 740));
        stage.show();
    }

    @Test
    void theClipboardHoldsBothFlavoursOfTheProgramme(FxRobot robot) {
        MenuItem copy = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> "announcement.copy".equals(item.getId())).findFirst().orElseThrow();

        robot.interact(copy::fire);

        String[] flavours = new String[2];
        robot.interact(() -> {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            flavours[0] = (String) clipboard.getContent(DataFormat.HTML);
            flavours[1] = clipboard.getString();
        });
        assertTrue(flavours[0].contains("<table") && flavours[0].contains("Kake og kaffe"), flavours[0]);
        assertTrue(!flavours[0].contains("<script"));
        assertTrue(flavours[1].contains("Kake og kaffe") && !flavours[1].contains("<"), flavours[1]);
        assertEquals(List.of("Kunngjøringen er kopiert: lim den inn i Outlook, Teams eller intranettet."),
                dialogs.notices);
    }
}
