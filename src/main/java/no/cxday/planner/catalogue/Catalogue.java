package no.cxday.planner.catalogue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.model.Audience;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.IdeaTask;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;

/**
 * The built-in idea bank: every idea of the seed's six headings and the formats of the seminar
 * report, each with its title, summary and usual preparation tasks in bokmål and English.
 */
public final class Catalogue {

    static final String RESOURCE = "ideas.json";

    private final Map<Language, List<Idea>> ideasByLanguage;

    private Catalogue(Map<Language, List<Idea>> ideasByLanguage) {
        this.ideasByLanguage = ideasByLanguage;
    }

    public static Catalogue load() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The idea bank " + RESOURCE + " is missing from the program");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(JsonParser.parseReader(reader).getAsJsonObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Catalogue parse(JsonObject root) {
        Map<Language, List<Idea>> byLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<Idea> ideas = new ArrayList<>();
            for (JsonElement element : root.getAsJsonArray("ideas")) {
                ideas.add(idea(element.getAsJsonObject(), language));
            }
            byLanguage.put(language, List.copyOf(ideas));
        }
        return new Catalogue(byLanguage);
    }

    private static Idea idea(JsonObject json, Language language) {
        String id = json.get("id").getAsString();
        JsonObject pillars = json.getAsJsonObject("pillars");
        return new Idea(id,
                Category.fromKey(json.get("category").getAsString()).orElseThrow(() -> invalid(id, "category")),
                json.getAsJsonObject("title").get(language.code()).getAsString(),
                json.getAsJsonObject("summary").get(language.code()).getAsString(),
                new Pillars(pillars.get("anerkjennelse").getAsInt(), pillars.get("laering").getAsInt(),
                        pillars.get("engasjement").getAsInt()),
                json.get("durationMinutes").getAsInt(),
                Audience.fromKey(json.get("audience").getAsString()).orElseThrow(() -> invalid(id, "audience")),
                preparation(json, language), Extras.NONE);
    }

    /** The tasks the idea brings, each text in {@code language}; none without {@code preparation}. */
    private static List<IdeaTask> preparation(JsonObject json, Language language) {
        List<IdeaTask> tasks = new ArrayList<>();
        if (json.has("preparation")) {
            for (JsonElement element : json.getAsJsonArray("preparation")) {
                JsonObject task = element.getAsJsonObject();
                tasks.add(new IdeaTask(task.getAsJsonObject("text").get(language.code()).getAsString(),
                        task.get("daysBefore").getAsInt(), Extras.NONE));
            }
        }
        return tasks;
    }

    private static IllegalStateException invalid(String id, String field) {
        return new IllegalStateException("The built-in idea " + id + " has an invalid " + field);
    }

    /** Every built-in idea in the order of the idea bank, in one language. */
    public List<Idea> ideas(Language language) {
        return ideasByLanguage.get(language);
    }

    public Optional<Idea> find(String id, Language language) {
        return ideas(language).stream().filter(idea -> idea.id().equals(id)).findFirst();
    }

    /** An idea of the plan's own (custom) or of the built-in bank, in that order. */
    public Optional<Idea> find(String id, Plan plan, Language language) {
        return plan.customIdeas().stream().filter(idea -> idea.id().equals(id)).findFirst()
                .or(() -> find(id, language));
    }
}
