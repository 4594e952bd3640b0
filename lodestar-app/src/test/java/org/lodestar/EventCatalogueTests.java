package org.lodestar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.DomainEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The event table of {@code docs/architecture.md} ("## Events") is the code's: every {@link DomainEvent} is a row
 * naming the module that publishes it (second column), and its listeners column (fourth; the third, what registers
 * the event, is free text) names, in backticks, exactly the classes with a listener method
 * for it ({@code @ApplicationModuleListener}, {@code @TransactionalEventListener} or {@code @EventListener}). An
 * event or listener added without its row, or a row naming one that does not exist, fails the build.
 */
class EventCatalogueTests {

    private static final Path ARCHITECTURE = Path.of("..", "docs", "architecture.md");
    // | `Event` | module | registered by (free text) | `Listener`, `Other` (free text between the names) |
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(\\w+)`\\s*\\|\\s*(\\w+)\\s*\\|[^|]*\\|([^|]*)\\|\\s*$");
    private static final Pattern NAME = Pattern.compile("`(\\w+)`");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lodestar");

    record Row(String module, Set<String> listeners) {
    }

    @Test
    void everyEventAndListenerIsInTheTableAndTheTableNamesNothingElse() throws IOException {
        Map<String, Row> documented = documentedEvents();
        Map<String, Row> inCode = eventsInCode();

        assertThat(documented.keySet()).as("events in docs/architecture.md").isEqualTo(inCode.keySet());
        inCode.forEach((event, row) -> {
            assertThat(documented.get(event).module()).as("publisher of " + event).isEqualTo(row.module());
            assertThat(documented.get(event).listeners()).as("listeners of " + event).isEqualTo(row.listeners());
        });
    }

    @Test
    void theEventsFoundIncludeTheRegistrysOwn() {
        // guards the scan itself: were it to find nothing, the table test would compare two empty tables
        assertThat(eventsInCode()).containsKeys("ProjectDeleted", "RequestConverted", "StatusReportPublished");
        assertThat(eventsInCode().get("ProjectDeleted").listeners()).contains("ProjectPlanListener");
    }

    private Map<String, Row> eventsInCode() {
        Map<String, Row> events = new TreeMap<>();
        for (JavaClass type : classes) {
            if (type.isAssignableTo(DomainEvent.class) && !type.isInterface()) {
                events.put(type.getSimpleName(), new Row(module(type), new TreeSet<>()));
            }
        }
        for (JavaClass type : classes) {
            for (JavaMethod method : type.getMethods()) {
                if (!isListener(method) || method.getRawParameterTypes().size() != 1) continue;
                Row row = events.get(method.getRawParameterTypes().get(0).getSimpleName());
                if (row != null) row.listeners().add(type.getSimpleName());
            }
        }
        return events;
    }

    private static boolean isListener(JavaMethod method) {
        return method.isAnnotatedWith(ApplicationModuleListener.class)
                || method.isAnnotatedWith(TransactionalEventListener.class)
                || method.isAnnotatedWith(EventListener.class);
    }

    private static String module(JavaClass type) {
        return type.getPackageName().substring("org.lodestar.".length()).split("\\.")[0];
    }

    private static Map<String, Row> documentedEvents() throws IOException {
        List<String> lines = Files.readAllLines(ARCHITECTURE);
        int start = lines.indexOf("## Events");
        assertThat(start).as("a section '## Events' in " + ARCHITECTURE).isNotNegative();
        Map<String, Row> events = new TreeMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) break;
            Matcher row = ROW.matcher(line);
            if (!row.matches()) continue;
            Set<String> listeners = new TreeSet<>();
            Matcher name = NAME.matcher(row.group(3));
            while (name.find()) listeners.add(name.group(1));
            events.put(row.group(1), new Row(row.group(2), listeners));
        }
        return events;
    }
}
