package no.cxday.planner.model;

/** An argument of a {@link Problem} that is itself a word of the bundle, such as a type's name. */
public record Term(String key) {
}
