package no.cxday.planner.storage;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * Tells when a file may have been written, by this program or any other: a {@link WatchService} on
 * its folder, read by a daemon thread that sleeps until the file system has something to say, so
 * that watching costs nothing while nothing happens. Whether the file really changed is for the
 * caller to judge (by its {@link FileFingerprint}); a file system that gives no events (some network
 * drives) just never calls.
 */
public final class FileWatcher implements AutoCloseable {

    private final WatchService service;

    private FileWatcher(WatchService service) {
        this.service = service;
    }

    /**
     * Starts watching {@code file}. {@code onChange} runs on the watcher's own thread, once for each
     * batch of events about the file (a save gives several), and once when events were lost.
     *
     * @throws IOException when the folder cannot be watched
     */
    public static FileWatcher watch(Path file, Runnable onChange) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Path name = absolute.getFileName();
        WatchService service = folder.getFileSystem().newWatchService();
        try {
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e instanceof IOException io ? io : new IOException(e);
        }
        Thread thread = new Thread(() -> run(service, name, onChange), "watch " + name);
        thread.setDaemon(true);
        thread.start();
        return new FileWatcher(service);
    }

    private static void run(WatchService service, Path name, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean aboutTheFile = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    aboutTheFile |= event.kind() == StandardWatchEventKinds.OVERFLOW || name.equals(event.context());
                }
                if (aboutTheFile) {
                    onChange.run();
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopped: the plan was closed or another one opened.
        }
    }

    /** Stops watching; the thread ends. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Nothing more will be told either way.
        }
    }
}
