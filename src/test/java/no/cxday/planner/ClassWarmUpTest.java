package no.cxday.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassWarmUpTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheClassesOfTheFirstWindowsPackagesAreLoaded() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            copy(out, "no/cxday/planner/model/CxDay.class");
            copy(out, "no/cxday/planner/model/Pillar.class");
            copy(out, "org/apache/pdfbox/pdmodel/PDDocument.class");
            entry(out, "no/cxday/planner/Missing.class", new byte[] {1, 2, 3});
            entry(out, "no/cxday/planner/i18n/messages.properties", new byte[0]);
        }

        assertEquals(2, ClassWarmUp.load(jar), "two of ours; pdfbox is left out, and a class that is not there skipped");
    }

    private static void copy(JarOutputStream jar, String name) throws IOException {
        try (InputStream in = ClassWarmUpTest.class.getClassLoader().getResourceAsStream(name)) {
            entry(jar, name, in.readAllBytes());
        }
    }

    private static void entry(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(bytes);
        jar.closeEntry();
    }
}
