package no.cxday.planner;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads, without initialising, every class of the packages the first window needs, so that the JVM
 * can write them to a class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}) with no display
 * present. The .deb's postinst runs it once; the launcher then starts with that archive.
 */
public final class ClassWarmUp {

    static final List<String> PACKAGES = List.of("no/cxday/planner/", "javafx/", "com/sun/javafx/", "com/sun/prism/",
            "com/sun/glass/", "com/sun/scenario/", "com/google/gson/");

    private ClassWarmUp() {
    }

    public static void main(String[] args) throws IOException, URISyntaxException {
        Path jar = Path.of(ClassWarmUp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        System.out.println("loaded " + load(jar) + " classes from " + jar);
    }

    static int load(Path jar) throws IOException {
        int loaded = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                String name = entry.getName();
                if (name.endsWith(".class") && !name.endsWith("module-info.class")
                        && PACKAGES.stream().anyMatch(name::startsWith)) {
                    try {
                        Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false,
                                ClassWarmUp.class.getClassLoader());
                        loaded++;
                    } catch (LinkageError | ClassNotFoundException e) {
                        // A class that needs what this platform lacks is simply not archived.
                    }
                }
            }
        }
        return loaded;
    }
}
