package no.cxday.planner.storage;

/**
 * Where a value is in a plan file, such as {@code activities[3].title}. It is put into words only
 * when something there is wrong: building the text for every value read took a sixth of the time
 * it takes to open a large plan.
 */
final class JsonPath {

    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String name;
    private final int index;

    private JsonPath(JsonPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    JsonPath field(String field) {
        return new JsonPath(this, field, -1);
    }

    JsonPath element(int element) {
        return new JsonPath(this, null, element);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        appendTo(text);
        return text.toString();
    }

    private void appendTo(StringBuilder text) {
        if (parent == null) {
            return;
        }
        parent.appendTo(text);
        if (name == null) {
            text.append('[').append(index).append(']');
        } else {
            if (text.length() > 0) {
                text.append('.');
            }
            text.append(name);
        }
    }
}
