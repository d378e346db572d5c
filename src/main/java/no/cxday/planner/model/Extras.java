package no.cxday.planner.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a plan file held beyond what this program models, so that saving writes it back:
 * unknown fields (name to raw JSON text, in file order) and the optional fields the file left out.
 */
public record Extras(Map<String, String> unknown, Set<String> omitted) {

    public static final Extras NONE = new Extras(Map.of(), Set.of());

    public Extras {
        unknown = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(unknown)));
        omitted = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(omitted)));
    }

    public boolean wasOmitted(String field) {
        return omitted.contains(field);
    }
}
