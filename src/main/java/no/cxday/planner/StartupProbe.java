package no.cxday.planner;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark ({@code bench/startup.sh}): with {@code -Dcxday.startupProbe=true} the
 * program prints when its first frame was laid out (milliseconds since the epoch) and how much heap
 * is in use then, and exits. Without the property it does nothing.
 */
public final class StartupProbe {

    public static final String PROPERTY = "cxday.startupProbe";

    private StartupProbe() {
    }

    /** Reports after the next layout pulse of {@code scene}, then exits. */
    public static void reportFirstFrame(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long shown = System.currentTimeMillis();
            System.gc();
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            long heap = runtime.totalMemory() - runtime.freeMemory();
            System.out.printf("shown %d jvmStart %d heapMB %.1f%n", shown,
                    ManagementFactory.getRuntimeMXBean().getStartTime(), heap / 1024.0 / 1024.0);
            Platform.exit();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
