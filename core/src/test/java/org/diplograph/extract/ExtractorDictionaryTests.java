package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.diplograph.convert.phoenix.PhoenixDictionary;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A Phoenix dictionary as the extractor's gazetteer: a person's country, and who held a titled office on the day. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractorDictionaryTests {

    Extractor plain;
    Extractor withDictionary;

    @BeforeAll
    void load() throws URISyntaxException {
        plain = Extractor.withBuiltInGazetteer();
        Path file = Path.of(PhoenixDictionary.class.getResource("test.actors.txt").toURI());
        withDictionary = plain.withDictionary(PhoenixDictionary.load(file, problem -> { }));
    }

    @Test
    @DisplayName("a person the article gives no country gets the dictionary's id, and with it his country")
    void countryFromTheDictionary() {
        String article = "Sergey Lavrov met Tatyana Golikova in Moscow on Tuesday.";
        FactSet without = plain.extract(article, "a", LocalDate.of(2014, 4, 15));
        FactSet with = withDictionary.extract(article, "a", LocalDate.of(2014, 4, 15));
        // the built-in gazetteer knows Sergey Lavrov, not Tatyana Golikova: a bare name nothing places is no official
        assertThat(without.meetings()).isEmpty();
        assertThat(without.actors()).extracting(a -> a.id().value()).doesNotContain("XXX/tatyana-golikova");
        assertThat(with.meetings().get(0).participants()).extracting(Object::toString)
                .containsExactlyInAnyOrder("RUS/sergey-lavrov", "RUS/tatyana-golikova");
    }

    @Test
    @DisplayName("a title without a name is its holder on the meeting's day")
    void holderOnTheDay() {
        FactSet facts = withDictionary.extract("On Tuesday the Chinese Foreign Minister met Sergey Lavrov in Beijing.", "b",
                LocalDate.of(2014, 4, 16));
        assertThat(facts.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).extracting(Object::toString)
                .containsExactlyInAnyOrder("CHN/wang-yi", "RUS/sergey-lavrov"));
        FactSet before = withDictionary.extract("On Tuesday the Chinese Foreign Minister met Sergey Lavrov in Beijing.", "c",
                LocalDate.of(2010, 4, 14));
        assertThat(before.actors()).extracting(a -> a.id().value()).doesNotContain("CHN/wang-yi");
    }
}
