package no.cxday.planner.ui;

import java.nio.file.Path;

/** The kinds of file the program writes, each with its extension and the name of its filter. */
public enum FileKind {
    PLAN(".cxplan.json", "file.filter.plans"),
    PDF(".pdf", "file.filter.pdf"),
    CALENDAR(".ics", "file.filter.calendar"),
    HTML(".html", "file.filter.html");

    private final String extension;
    private final String filterKey;

    FileKind(String extension, String filterKey) {
        this.extension = extension;
        this.filterKey = filterKey;
    }

    public String extension() {
        return extension;
    }

    public String filterKey() {
        return filterKey;
    }

    /** The file with this kind's extension added when the coordinator left it out. */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(extension) ? file : file.resolveSibling(name + extension);
    }

    /** A file name made from a title that every system and file chooser accepts (see {@link NativeText}). */
    public String fileNameFor(String title) {
        return NativeText.fileStem(title, "plan") + extension;
    }

    /** The name a file chooser may be given: {@code name} itself, or made anew when the toolkit cannot take it. */
    public String proposedName(String name) {
        if (NativeText.isSafe(name)) {
            return name;
        }
        return fileNameFor(name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name);
    }
}
