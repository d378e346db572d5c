package no.cxday.planner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rooms of docs/architecture.md, kept apart. */
@AnalyzeClasses(packages = "no.cxday.planner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelUsesTheJavaLibraryOnly = noClasses().that().resideInAPackage("..planner.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..planner.model..");

    /** The merge is pure functions over the model's plans. */
    @ArchTest
    static final ArchRule mergeUsesTheModelAndTheJavaLibraryOnly = noClasses().that()
            .resideInAPackage("..planner.merge..").should().dependOnClassesThat()
            .resideOutsideOfPackages("java..", "..planner.model..", "..planner.merge..");

    @ArchTest
    static final ArchRule coreRoomsNeverReachJavafx = noClasses()
            .that().resideInAnyPackage("..planner.model..", "..planner.storage..", "..planner.catalogue..",
                    "..planner.export..", "..planner.cli..", "..planner.i18n..", "..planner.merge..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule coreRoomsNeverReachTheUi = noClasses()
            .that().resideInAnyPackage("..planner.model..", "..planner.storage..", "..planner.catalogue..",
                    "..planner.export..", "..planner.cli..", "..planner.i18n..", "..planner.document..",
                    "..planner.merge..")
            .should().dependOnClassesThat().resideInAPackage("..planner.ui..");

    @ArchTest
    static final ArchRule viewModelsAndTheDocumentNeverReachTheScene = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel").or().resideInAPackage("..planner.document..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

    /** A path is a value a view may show; reading and writing files is for the rooms below it. */
    @ArchTest
    static final ArchRule viewsDoNoFileInputOrOutput = noClasses()
            .that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Dialog")
            .should().dependOnClassesThat().belongToAnyOf(Files.class, FileChannel.class, FileInputStream.class,
                    FileOutputStream.class, FileReader.class, FileWriter.class, RandomAccessFile.class)
            .orShould().dependOnClassesThat().resideInAPackage("..planner.storage..");

    @ArchTest
    static final ArchRule storageSpeaksNoGsonOutsideItself = noClasses()
            .that().resideInAnyPackage("..planner.model..", "..planner.ui..", "..planner.document..")
            .should().dependOnClassesThat().resideInAPackage("com.google.gson..");
}
