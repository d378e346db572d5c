package no.cxday.planner.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import no.cxday.planner.ui.FileKind;
import org.junit.jupiter.api.Test;

/** What jpackage is given in packaging/ agrees with the program, so the installers cannot drift from it. */
class PackagingConfigTest {

    private static final Path PACKAGING = Path.of("packaging");

    @Test
    void the_file_association_is_the_extension_the_program_saves_plans_with() throws IOException {
        Properties association = new Properties();
        try (Reader reader = Files.newBufferedReader(PACKAGING.resolve("cxplan-association.properties"))) {
            association.load(reader);
        }
        assertEquals(FileKind.PLAN.extension(), "." + association.getProperty("extension"));
        assertTrue(association.getProperty("mime-type").startsWith("application/"));
    }

    @Test
    void the_desktop_entry_hands_the_double_clicked_file_to_the_start_script() throws IOException {
        String entry = Files.readString(PACKAGING.resolve("linux/cxday-planner.desktop"));
        assertTrue(entry.contains("\nExec=/opt/cxday-planner/lib/app/cxday-planner-start %f\n"), entry);
        assertTrue(Files.isExecutable(PACKAGING.resolve("linux/cxday-planner-start")));
        assertTrue(entry.contains("\nDESKTOP_MIMES"), "the MimeType line jpackage fills in: " + entry);
        assertTrue(entry.contains("\nName[nb]=CX-dagen planlegger\n"), entry);
    }

    @Test
    void the_maintainer_scripts_keep_jpackage_placeholders_and_tolerate_a_missing_menu() throws IOException {
        String postinst = Files.readString(PACKAGING.resolve("linux/postinst"));
        String prerm = Files.readString(PACKAGING.resolve("linux/prerm"));
        assertTrue(postinst.contains("DESKTOP_COMMANDS_INSTALL") && postinst.contains("desktop_integration ||"), postinst);
        assertTrue(prerm.contains("DESKTOP_COMMANDS_UNINSTALL") && prerm.contains("desktop_integration_removal ||"), prerm);
    }

    @Test
    void the_postinst_makes_its_archive_from_the_class_list_build_sh_puts_beside_the_jar() throws IOException {
        String build = Files.readString(PACKAGING.resolve("build.sh"));
        String postinst = Files.readString(PACKAGING.resolve("linux/postinst"));
        assertTrue(build.contains("packaging/classlist.sh \"$jar\" \"$out/input/cxday-planner.classlist\""), build);
        assertTrue(postinst.contains("-XX:SharedClassListFile=\"$app/APPLICATION_PACKAGE.classlist\""), postinst);
        assertTrue(postinst.contains("SharedArchiveFile=$APPDIR/APPLICATION_PACKAGE.jsa"), postinst);
    }

    @Test
    void the_runtime_holds_javafx_as_modules_so_that_the_installed_program_starts_without_a_warning()
            throws IOException {
        String build = Files.readString(PACKAGING.resolve("build.sh"));
        assertTrue(build.contains("jlink --module-path \"$javafx_modules\" --add-modules \"$modules\""), build);
        assertTrue(build.contains("modules=\"$modules,javafx.controls\""), build);
    }

    @Test
    void the_icons_jpackage_takes_are_there() {
        assertTrue(Files.isRegularFile(Path.of("src/main/resources/no/cxday/planner/ui/icons/cxday-planner-256.png")));
        assertTrue(Files.isRegularFile(PACKAGING.resolve("icons/cxday-planner.ico")));
        assertTrue(Files.isRegularFile(PACKAGING.resolve("icons/cxday-planner.svg")));
    }
}
