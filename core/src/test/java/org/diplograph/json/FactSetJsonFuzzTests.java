package org.diplograph.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.InvalidInputException;
import org.diplograph.model.FactSet;

/**
 * Guarantee: whatever text or bytes arrive, the FactSet reader gives FactSets or an
 * {@link InvalidInputException} that names the input, and nothing else (no Jackson exception, no
 * {@code NullPointerException}, no {@code StackOverflowError}).
 *
 * <p>Under {@code mvn verify} Jazzer runs these in regression mode: every input under
 * {@code src/test/resources/org/diplograph/json/FactSetJsonFuzzTestsInputs/<method>/} plus the empty one,
 * in a few seconds. To fuzz for real (one method per run, 10 minutes each, new findings are saved
 * to that folder and become regression inputs):
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -o test -pl core -Dtest='FactSetJsonFuzzTests#parsingAnyTextGivesAFactSetOrAnInvalidInputException' -Djazzer.max_duration=10m
 * JAZZER_FUZZ=1 mvn -B -o test -pl core -Dtest='FactSetJsonFuzzTests#readingAnyFileGivesFactSetsOrAnInvalidInputException' -Djazzer.max_duration=10m
 * </pre>
 * The extractor ({@code org.diplograph.extract.Extractor}, branch {@code extract}) gets the same kind of
 * target once merged: {@code extract(String text, String sourceId, LocalDate published)} on
 * {@code data.consumeRemainingAsString()}, allowing only {@link InvalidInputException}.
 */
class FactSetJsonFuzzTests {

    @FuzzTest(maxDuration = "5s")
    void parsingAnyTextGivesAFactSetOrAnInvalidInputException(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        FactSet facts;
        try {
            facts = FactSetJson.parse(text, "fuzz.json");
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).startsWith("fuzz.json");
            return;
        }
        // What was accepted can be written and read back unchanged.
        assertThat(FactSetJson.parse(FactSetJson.write(facts), "again.json")).isEqualTo(facts);
    }

    @FuzzTest(maxDuration = "5s")
    void readingAnyFileGivesFactSetsOrAnInvalidInputException(FuzzedDataProvider data) throws IOException {
        boolean lines = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        Path file = Files.createTempFile("fuzz", lines ? ".jsonl" : ".json");
        try {
            Files.write(file, bytes);
            List<FactSet> all = FactSetJson.readAll(file);
            assertThat(all).isNotEmpty();
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).startsWith(file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
