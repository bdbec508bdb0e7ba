package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.json.FactSetJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTests {

    @Test
    @DisplayName("the same seed and size give byte-identical FactSets and CSV; another seed gives others")
    void deterministic(@TempDir Path work) throws Exception {
        var spec = new CorpusGenerator.Spec(2_000, 11, 0);
        var a = CorpusGenerator.write(spec, work.resolve("a"));
        var b = CorpusGenerator.write(spec, work.resolve("b"));
        CorpusGenerator.write(new CorpusGenerator.Spec(2_000, 12, 0), work.resolve("c"));
        assertThat(a).isEqualTo(b);
        for (String file : new String[] {"corpus.jsonl", "csv/actors.csv", "csv/meetings.csv", "csv/roles.csv"}) {
            assertThat(Files.readAllBytes(work.resolve("a").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(work.resolve("b").resolve(file)));
        }
        assertThat(Files.readString(work.resolve("c/corpus.jsonl"))).isNotEqualTo(Files.readString(work.resolve("a/corpus.jsonl")));
    }

    @Test
    @DisplayName("the corpus has the requested MET_WITH facts, valid FactSets, and CSV rows for every pair")
    void shape(@TempDir Path work) throws Exception {
        var stats = CorpusGenerator.write(new CorpusGenerator.Spec(5_000, 3, 0), work);
        assertThat(stats.meetingPairs()).isBetween(5_000L, 5_003L);
        var all = FactSetJson.readAll(work.resolve("corpus.jsonl"));
        assertThat(all).hasSize((int) stats.factSets());
        long pairs = all.stream().flatMap(f -> f.meetings().stream()).mapToLong(m -> m.pairs().size()).sum();
        assertThat(pairs).isEqualTo(stats.meetingPairs());
        try (var lines = Files.lines(work.resolve("csv/meetings.csv"))) {
            assertThat(lines.count() - 1).isEqualTo(stats.meetingPairs());
        }
    }
}
