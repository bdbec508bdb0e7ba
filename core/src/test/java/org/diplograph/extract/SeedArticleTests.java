package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.json.FactSetJson;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.FactSet;
import org.diplograph.model.Meeting;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shared seed article, read at test time from the repository's sibling {@code shared/seeds}; skipped when absent. */
class SeedArticleTests {

    private static final Path SEED = Path.of("..", "..", "shared", "seeds", "baku-2020-02-11.txt");

    private static FactSet facts;

    @BeforeAll
    static void extract() {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "the seed article is not present at " + SEED.toAbsolutePath());
        facts = Extractor.withBuiltInGazetteer().extract(SEED);
        if (Boolean.getBoolean("diplograph.print")) {
            System.out.println(FactSetJson.write(facts));
        }
    }

    @Test
    @DisplayName("the source id is the slug of the file name and the date comes from the first line")
    void source() {
        assertThat(facts.source().id()).isEqualTo("baku-2020-02-11");
        assertThat(facts.source().published()).hasToString("2020-02-11");
    }

    @Test
    @DisplayName("one Sadikov with both spellings, Gerasimov and Wolters, and no one else")
    void officials() {
        List<Actor> officials = facts.actors().stream().filter(a -> a.kind() == ActorKind.OFFICIAL).toList();
        assertThat(officials).extracting(a -> a.id().value())
                .containsExactlyInAnyOrder("AZE/najmeddin-sadikov", "RUS/valery-gerasimov", "USA/tod-wolters");
        Actor sadikov = facts.actor(ActorId.of("AZE/najmeddin-sadikov")).orElseThrow();
        assertThat(sadikov.spellings()).contains("Najmeddin Sadikov", "Sadikhov");
    }

    @Test
    @DisplayName("Sadikov met Gerasimov and Wolters, both on 2020-02-06 in Baku, and nothing else")
    void meetings() {
        assertThat(facts.meetings()).extracting(SeedArticleTests::describe).containsExactlyInAnyOrder(
                "AZE/najmeddin-sadikov+RUS/valery-gerasimov 2020-02-06 Baku",
                "AZE/najmeddin-sadikov+USA/tod-wolters 2020-02-06 Baku");
        assertThat(facts.meetings()).allSatisfy(m -> {
            assertThat(m.provenance().rule()).startsWith("meeting:");
            assertThat(m.provenance().evidence()).isNotBlank();
        });
    }

    @Test
    @DisplayName("AZE–RUS strategic partnership and AZE–NATO partnership")
    void partnerships() {
        Set<String> pairs = facts.partnerships().stream()
                .map(p -> p.between().stream().map(ActorId::value).sorted().collect(Collectors.joining("+")) + " " + p.kind())
                .collect(Collectors.toSet());
        assertThat(pairs).contains("AZE+RUS strategic partnership", "AZE+NATO partnership");
    }

    @Test
    @DisplayName("the roles name the ministry, the general staff and the European Command")
    void roles() {
        assertThat(facts.represents()).extracting(r -> r.who() + " " + r.body())
                .contains("AZE/najmeddin-sadikov AZE/ministry-of-defense", "RUS/valery-gerasimov RUS/general-staff",
                        "USA/tod-wolters USA/european-command");
    }

    static String describe(Meeting m) {
        return m.participants().stream().map(ActorId::value).sorted().collect(Collectors.joining("+"))
                + " " + m.on() + " " + m.place();
    }
}
