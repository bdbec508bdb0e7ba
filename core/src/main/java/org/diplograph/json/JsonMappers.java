package org.diplograph.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import org.diplograph.explorer.TimelineEvent;
import org.diplograph.model.ActorKind;
import org.diplograph.model.DatePrecision;
import org.diplograph.model.PartialDate;

/**
 * The two Jackson configurations Diplograph uses: a strict one for reading FactSets, and one for
 * writing query results (dates as ISO strings, partial dates at their precision, no nulls) that notebooks
 * and scripts can read.
 */
public final class JsonMappers {

    /** Deeper documents are refused: FactSets are four levels deep, so this only stops hostile input. */
    static final int MAX_NESTING = 64;
    /** Longer strings are refused before they are bound. */
    static final int MAX_STRING = 1_000_000;

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    static {
        STRICT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(MAX_STRING)
                .build());
    }

    private static final ObjectMapper RESULTS = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(words())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private JsonMappers() {
    }

    /** Kinds, precisions and event kinds as the lower-case words FactSets use ({@code official}, {@code day}). */
    private static SimpleModule words() {
        SimpleModule module = new SimpleModule("diplograph-words");
        module.addSerializer(new WordSerializer<>(ActorKind.class, ActorKind::word));
        module.addSerializer(new WordSerializer<>(DatePrecision.class, DatePrecision::word));
        // a date at the precision it is known, never more: "2020-07", not "2020-07-01"
        module.addSerializer(new WordSerializer<>(PartialDate.class, PartialDate::toString));
        module.addSerializer(new WordSerializer<>(TimelineEvent.Kind.class,
                kind -> kind.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        return module;
    }

    private static final class WordSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<T, String> word;

        WordSerializer(Class<T> type, Function<T, String> word) {
            super(type);
            this.word = word;
        }

        @Override
        public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(word.apply(value));
        }
    }

    /** The strict FactSet mapper: unknown fields, duplicate keys, scalar coercion and trailing tokens fail. */
    static ObjectMapper strict() {
        return STRICT;
    }

    /**
     * @return a mapper for query results: records as objects, {@code LocalDate} as {@code "2020-02-06"}, nulls left out
     */
    public static ObjectMapper results() {
        return RESULTS;
    }

    /**
     * @param result a record, map or list
     * @return its compact JSON, written with {@link #results()}
     */
    public static String resultJson(Object result) {
        try {
            return RESULTS.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A result could not be written as JSON", e);
        }
    }
}
