package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.diplograph.InvalidInputException;
import org.diplograph.json.FactSetJson;
import org.diplograph.model.FactSet;

/**
 * Guarantee: whatever text arrives, the extractor returns a valid FactSet (which the JSON format
 * writes and reads back unchanged) or throws {@link InvalidInputException}; nothing else.
 *
 * <p>Under {@code mvn verify} this replays the inputs under
 * {@code src/test/resources/org/diplograph/extract/ExtractorFuzzTestsInputs/} and then fuzzes for
 * {@code fuzz.duration} (see core/pom.xml). To fuzz for real:
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -o test -pl core -Dtest='ExtractorFuzzTests' -Djazzer.max_duration=10m
 * </pre>
 */
class ExtractorFuzzTests {

    private static final Extractor EXTRACTOR = Extractor.withBuiltInGazetteer();

    @FuzzTest(maxDuration = "5s")
    void anyTextGivesAValidFactSetOrAnInvalidInputException(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        FactSet facts;
        try {
            facts = EXTRACTOR.extract(text, "fuzz", null);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(FactSetJson.parse(FactSetJson.write(facts), "again.json")).isEqualTo(facts);
    }
}
