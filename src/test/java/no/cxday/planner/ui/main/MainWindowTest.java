package no.cxday.planner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.export.DesktopPrinter;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.RecentFiles;
import no.cxday.planner.storage.RecoveryStore;
import no.cxday.planner.ui.FixedClock;
import no.cxday.planner.ui.FxDialogService;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.Theme;
import no.cxday.planner.ui.WindowState;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window in a real scene: the File menu opens plans. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final Messages NB = new Messages(Language.NB);

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private PlanDocument document;
    private Stage stage;
    private PlannerWindow window;
    private final WindowState state = new WindowState();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        document = new PlanDocument(MainViewModel.blankPlan(NB, 2027));
        window = new PlannerWindow(document, Catalogue.load(), new PlannerWindow.Storage(
                new RecentFiles(dir.resolve("recent")), new RecoveryStore(dir.resolve("recovery"))),
                dialogs, NB, FixedClock.on(LocalDate.of(2026, 11, 23)), state, stage::close, language -> { });
        stage.titleProperty().bind(window.viewModel().windowTitleProperty());
        stage.setScene(new Scene(window.view().root(), 1366, 740));
        PlannerWindow.applyTheme(stage.getScene(), Theme.LIGHT);
        stage.show();
    }

    /** Writes the example plan to {@code name} and opens it through Fil → Åpne, as a coordinator would. */
    private Path openTheExampleAs(String name, FxRobot robot) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));
        dialogs.filesToOpen.add(file);
        robot.clickOn("Fil").clickOn("Åpne …");
        return file;
    }

    @Test
    void openingAPlanThroughTheFileMenuShowsIt(FxRobot robot) throws Exception {
        Path file = openTheExampleAs("example.cxplan.json", robot);

        assertEquals("CX-dagen 2026 – CX-dagen planlegger", stage.getTitle());
        assertEquals(1, robot.lookup(".activity-block").queryAll().size());
        assertEquals(2, robot.lookup(".lane-header").queryAll().size() / 3, "two lanes on each of three days");
        robot.clickOn("Fil").moveTo("Nylig brukte");
        robot.clickOn("example.cxplan.json  —  " + dir);
        assertEquals(file, document.file());
    }

    @Test
    void aBadFileOpenedThroughTheMenuGivesOneSentenceAndKeepsThePlan(FxRobot robot) throws Exception {
        Path file = dir.resolve("empty.cxplan.json");
        Files.writeString(file, "");
        dialogs.filesToOpen.add(file);

        robot.clickOn("Fil").clickOn("Åpne …");

        assertEquals(List.of("Kan ikke åpne «" + file + "»: filen er tom."), dialogs.errors);
        assertEquals("CX-dagen 2027 – CX-dagen planlegger", stage.getTitle());
    }

    @Test
    void printingWithNoPrinterInstalledGivesAClearMessage(FxRobot robot) {
        Assumptions.assumeFalse(new DesktopPrinter().available(), "this machine has a printer");

        robot.clickOn("Fil").clickOn("Skriv ut …");

        assertEquals(List.of(NB.get("print.noPrinter")), dialogs.infos);
    }

    @Test
    void theThemeSwitchChangesTheLookedUpColours(FxRobot robot) {
        Region timeline = robot.lookup("#timeline").queryAs(Region.class);
        robot.interact(() -> PlannerWindow.applyTheme(stage.getScene(), Theme.LIGHT));
        Paint light = timeline.getBackground().getFills().get(0).getFill();

        robot.interact(() -> PlannerWindow.applyTheme(stage.getScene(), Theme.DARK));
        robot.interact(() -> timeline.applyCss());

        assertEquals(Color.web("#ffffff"), light);
        assertEquals(Color.web("#262a30"), timeline.getBackground().getFills().get(0).getFill());
    }

    @Test
    void theThemeMenuTicksTheThemeRestoredAtStart(FxRobot robot) {
        robot.interact(() -> state.themeProperty().set(Theme.DARK));

        robot.clickOn("Vis").clickOn("Tema");

        assertEquals(List.of("Mørkt"), themeItems(robot).stream().filter(RadioMenuItem::isSelected)
                .map(MenuItem::getText).toList());
        robot.clickOn("Lyst");
        assertEquals(Theme.LIGHT, state.themeProperty().get());
        assertEquals(List.of("Lyst"), themeItems(robot).stream().filter(RadioMenuItem::isSelected)
                .map(MenuItem::getText).toList());
    }

    private static List<RadioMenuItem> themeItems(FxRobot robot) {
        Menu view = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> "menuView".equals(menu.getId())).findFirst().orElseThrow();
        Menu themes = (Menu) view.getItems().stream().filter(item -> "Tema".equals(item.getText())).findFirst()
                .orElseThrow();
        return themes.getItems().stream().map(RadioMenuItem.class::cast).toList();
    }

    @Test
    void afterCarryOverTheRightPaneFitsItsWidthAndOpensAtItsLeftEdge(FxRobot robot) throws Exception {
        openTheExampleAs("carried.cxplan.json", robot);
        robot.interact(() -> window.viewModel().reviewModeProperty().set(true));
        ScrollPane right = robot.lookup("#rightTabActivityScroll").queryAs(ScrollPane.class);
        robot.interact(() -> right.setVvalue(1));
        robot.interact(() -> window.viewModel().carryOver(2027, false));

        robot.clickOn(".activity-block");

        Region content = (Region) right.getContent();
        assertTrue(content.getWidth() <= right.getViewportBounds().getWidth(), "the content is "
                + content.getWidth() + " wide in a viewport of " + right.getViewportBounds().getWidth());
        assertEquals(0, right.getHvalue());
        assertEquals(0, right.getVvalue());
    }

    @Test
    void theSearchFieldsPromptIsReadableInEveryTheme(FxRobot robot) {
        TextField search = robot.lookup("#ideaSearch").queryAs(TextField.class);
        robot.interact(() -> stage.getScene().getRoot().requestFocus());
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                PlannerWindow.applyTheme(stage.getScene(), theme);
                stage.getScene().getRoot().applyCss();
            });
            Text prompt = robot.from(search).lookup((Text text) -> search.getPromptText().equals(text.getText())).query();
            List<BackgroundFill> fills = search.getBackground().getFills();
            double contrast = contrast((Color) prompt.getFill(), solid(fills.get(fills.size() - 1).getFill()));
            assertTrue(contrast >= 4.5, theme + ": the prompt's contrast is " + contrast);
        }
    }

    @Test
    void anExportsNoticeIsReadableInEveryTheme(FxRobot robot) {
        FxDialogService notices = new FxDialogService(stage, NB, link -> { });
        for (Theme theme : Theme.values()) {
            String sentence = "Lagret «agenda-" + theme.key() + ".pdf» i mappen /home/kari.";
            robot.interact(() -> {
                PlannerWindow.applyTheme(stage.getScene(), theme);
                notices.showNotice(sentence);
            });
            Label text = robot.lookup((Label label) -> sentence.equals(label.getText())).query();
            Region pane = (Region) text.getParent();
            while (!pane.getParent().getStyleClass().contains("notification-bar")) {
                pane = (Region) pane.getParent();
            }
            Region notice = pane;
            robot.interact(() -> notice.getScene().getRoot().applyCss());
            List<BackgroundFill> fills = notice.getBackground().getFills();
            double contrast = contrast((Color) text.getTextFill(), solid(fills.get(fills.size() - 1).getFill()));
            assertTrue(contrast >= 4.5, theme + ": the notice's contrast is " + contrast);
        }
    }

    /** A field's inner background is a gradient that ends in its colour. */
    private static Color solid(Paint paint) {
        if (paint instanceof LinearGradient gradient) {
            return gradient.getStops().get(gradient.getStops().size() - 1).getColor();
        }
        return (Color) paint;
    }

    /** WCAG 2's contrast ratio of two colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    @Test
    void aFieldsMessageIsReadableInEveryThemeAndStartsWithACapital(FxRobot robot) throws Exception {
        openTheExampleAs("messages.cxplan.json", robot);
        robot.clickOn(".activity-block");
        TextField start = robot.lookup("#editorStart").queryAs(TextField.class);
        robot.interact(() -> {
            start.setText("25:00");
            start.fireEvent(new ActionEvent());
        });
        Label message = robot.lookup(".field-error").match(Node::isVisible).queryAs(Label.class);

        assertTrue(Character.isUpperCase(message.getText().charAt(0)), message.getText());
        Node viewport = robot.lookup("#rightTabActivityScroll").queryAs(ScrollPane.class).lookup(".viewport");
        assertTrue(message.localToScene(message.getBoundsInLocal()).getMaxX()
                <= viewport.localToScene(viewport.getBoundsInLocal()).getMaxX(),
                "the message wraps within the pane rather than running past its edge");
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                PlannerWindow.applyTheme(stage.getScene(), theme);
                stage.getScene().getRoot().applyCss();
            });
            double contrast = contrast((Color) message.getTextFill(), solid(backgroundBehind(message)));
            assertTrue(contrast >= 4.5, theme + ": the message's contrast is " + contrast);
        }
    }

    /** The fill of the nearest enclosing region that paints one. */
    private static Paint backgroundBehind(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Region region && region.getBackground() != null
                    && !region.getBackground().getFills().isEmpty()) {
                List<BackgroundFill> fills = region.getBackground().getFills();
                return fills.get(fills.size() - 1).getFill();
            }
        }
        throw new AssertionError("nothing is painted behind " + node);
    }

    @Test
    void aBlockStaysDarkInTheDarkThemeWhenHoveredAndSelected(FxRobot robot) throws Exception {
        openTheExampleAs("dark.cxplan.json", robot);
        robot.interact(() -> PlannerWindow.applyTheme(stage.getScene(), Theme.DARK));
        Region block = robot.lookup(".activity-block").queryAs(Region.class);

        robot.moveTo(block);
        assertTrue(block.isHover());
        assertTrue(luminance(solid(block.getBackground().getFills().get(0).getFill())) < 0.1, "hovered");
        robot.clickOn(block);
        assertTrue(block.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals("selected")));
        assertTrue(luminance(solid(block.getBackground().getFills().get(0).getFill())) < 0.1, "selected");
    }

    @Test
    void enterOnAnIdeaAddsItToThePlanAndTheArrowKeysThenMoveIt(FxRobot robot) {
        TreeView<?> ideas = robot.lookup("#ideaTree").queryAs(TreeView.class);
        robot.clickOn((Node) robot.from(ideas).lookup(".idea-cell").query());
        String title = robot.lookup(".idea-detail-title").queryLabeled().getText();

        robot.type(KeyCode.ENTER);

        assertEquals(1, document.plan().activities().size());
        Activity added = document.plan().activities().get(0);
        assertEquals(title, added.title());
        assertTrue(robot.lookup("#timeline").query().isFocused(), "the timeline has the focus");
        robot.type(KeyCode.DOWN);
        assertEquals(added.start().plusMinutes(15), document.plan().activities().get(0).start());
    }

    @Test
    void ctrlTabLeavesTheTimelineThatTabKeepsForItsBlocks(FxRobot robot) throws Exception {
        openTheExampleAs("keys.cxplan.json", robot);
        Node timeline = robot.lookup("#timeline").query();
        robot.interact(timeline::requestFocus);

        robot.type(KeyCode.TAB);
        assertTrue(timeline.isFocused(), "Tab selects a block and stays");
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);

        assertTrue(!timeline.isFocused(), "Ctrl+Tab moves on");
    }

    @Test
    void anIdeaCellReadsAsItsTitleWeightsUsesAndSummary(FxRobot robot) {
        Node cell = robot.lookup("#ideaTree").lookup(".idea-cell").query();
        String text = cell.getAccessibleText();

        assertTrue(text.matches(".+\\. Anerkjennelse \\d, Læring \\d, Engasjement \\d\\. I planen: 0\\. .+"), text);
    }

    @Test
    void aLaneIsRenamedFromThePlanMenuAsWellAsFromItsHeader(FxRobot robot) {
        String lane = document.plan().lanes().get(0).name();
        dialogs.texts.add("Kantina");

        robot.clickOn("Plan");
        robot.clickOn(robot.from(robot.lookup(".context-menu").queryAll())
                .lookup((Labeled label) -> "Spor".equals(label.getText())).<Node>query());
        robot.clickOn(robot.from(robot.lookup(".context-menu").queryAll())
                .lookup((Labeled label) -> lane.equals(label.getText())).<Node>query());
        robot.clickOn("Gi nytt navn …");

        assertEquals("Kantina", document.plan().lanes().get(0).name());
    }

    @Test
    void aBlockReadsAsItsTitleDayTimeAndLane(FxRobot robot) throws Exception {
        openTheExampleAs("example.cxplan.json", robot);

        Node block = robot.lookup(".activity-block").query();
        assertEquals("Kake og kaffe, tirsdag 08:30 til 09:15, Kantina", block.getAccessibleText());
    }

    @Test
    void helpAboutNamesTheProgramItsVersionAndItsLicence(FxRobot robot) {
        robot.clickOn("Hjelp").clickOn("Om CX-dagen planlegger");

        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).startsWith("CX-dagen planlegger, versjon "), dialogs.infos.get(0));
        assertTrue(dialogs.infos.get(0).contains("Apache License 2.0"));
    }

    @Test
    void everyShortcutInTheHelpTableIsDescribedInBothLanguages() {
        for (Language language : Language.values()) {
            Messages messages = new Messages(language);
            for (String[] shortcut : HelpDialogs.SHORTCUTS) {
                assertTrue(messages.has(shortcut[1]), shortcut[1]);
            }
        }
    }
}
