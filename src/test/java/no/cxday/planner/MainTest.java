package no.cxday.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void javafxsClassPathWarningIsDroppedAndItsOtherMessagesAreNot() {
        Logger javafx = Logger.getLogger("javafx");
        Filter before = javafx.getFilter();
        boolean toParents = javafx.getUseParentHandlers();
        javafx.setUseParentHandlers(false);
        List<String> published = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                published.add(entry.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        javafx.addHandler(handler);
        try {
            Main.dropClassPathWarning();
            // As JavaFX logs them, through the platform's logger of that name
            System.Logger logger = System.getLogger("javafx");
            logger.log(System.Logger.Level.WARNING,
                    "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @7056917e'");
            logger.log(System.Logger.Level.WARNING, "Could not find stylesheet: planner.css");

            assertEquals(List.of("Could not find stylesheet: planner.css"), published);
        } finally {
            javafx.removeHandler(handler);
            javafx.setFilter(before);
            javafx.setUseParentHandlers(toParents);
        }
    }
}
