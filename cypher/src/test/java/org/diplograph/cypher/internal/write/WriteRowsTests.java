package org.diplograph.cypher.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplograph.cypher.internal.Statements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WriteRowsTests {

    private static final Pattern ROW_FIELD = Pattern.compile("\\brow\\.(\\w+)");

    @ParameterizedTest(name = "{0} reads only fields of {1}")
    @DisplayName("every row.x a write statement reads is a field of its row record")
    @CsvSource(textBlock = """
            write/merge-sources,       SourceRow
            write/merge-actors,        ActorRow
            write/add-actor-sources,   ActorRow
            write/merge-roles,         RoleRow
            write/merge-meetings,      MeetingRow
            write/merge-partnerships,  PartnershipRow
            write/merge-memberships,   MembershipRow
            """)
    void statementsReadRowFields(String statement, String rowType) throws ClassNotFoundException {
        Class<?> row = Class.forName(WriteRowsTests.class.getPackageName() + "." + rowType);
        Set<String> fields = Arrays.stream(row.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
        Set<String> read = new TreeSet<>();
        Matcher m = ROW_FIELD.matcher(Statements.load(statement));
        while (m.find()) {
            read.add(m.group(1));
        }
        assertThat(read).isNotEmpty();
        assertThat(fields).containsAll(read);
    }

    @Test
    @DisplayName("every stored field of an edge row is set by its statement, under its own name")
    void storedFieldsAreSet() {
        for (Class<?> row : List.of(RoleRow.class, MeetingRow.class, PartnershipRow.class, MembershipRow.class)) {
            String statement = Statements.load(((EdgeRow<?>) sample(row)).edgeType().statement());
            for (RecordComponent field : row.getRecordComponents()) {
                if (!field.isAnnotationPresent(NotStored.class)) {
                    // stored under its own name: "m.place = … row.place", or the MERGE key "{onKey: row.onKey}"
                    assertThat(statement).as(row.getSimpleName() + "." + field.getName())
                            .contains("row." + field.getName())
                            .containsPattern("[.{]" + field.getName() + "\\s*[:=]");
                }
            }
        }
    }

    @Test
    @DisplayName("combining two reports widens dates, keeps the first place and title, and lists each source once with its sentence")
    void combine() {
        RoleRow first = new RoleRow("A/x", "A", "minister", "Minister", LocalDate.of(2020, 3, 1), "month", null, null,
                List.of("s1"), false, List.of("e1"));
        RoleRow second = new RoleRow("A/x", "A", "minister", "minister", LocalDate.of(2019, 1, 1), "year",
                LocalDate.of(2021, 12, 31), "year", List.of("s2", "s1"), false, List.of("e2", "e1 again"));
        RoleRow both = first.combine(second, true);
        assertThat(both.title()).isEqualTo("Minister");
        assertThat(both.from()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(both.fromPrecision()).isEqualTo("year");
        assertThat(both.to()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(both.sources()).containsExactly("s1", "s2");
        assertThat(both.evidence()).as("each source's sentence beside it").containsExactly("e1", "e2");
        RoleRow unchecked = first.combine(second, false);
        assertThat(unchecked.sources()).as("new sources are appended unchecked").containsExactly("s1", "s2", "s1");
        assertThat(unchecked.evidence()).containsExactly("e1", "e2", "e1 again");

        MeetingRow m1 = new MeetingRow("A/x", "B/y", "2020", LocalDate.of(2020, 1, 1), "year", null, "k1", List.of("s1"), false, List.of(""));
        MeetingRow m2 = new MeetingRow("A/x", "B/y", "2020", LocalDate.of(2020, 1, 1), "year", "Baku", "k2", List.of("s2"), false, List.of(""));
        MeetingRow m3 = new MeetingRow("A/x", "B/y", "2020", LocalDate.of(2020, 1, 1), "year", "Paris", "k3", List.of("s3"), false, List.of(""));
        MeetingRow all = m1.combine(m2, true).combine(m3, true);
        assertThat(all.place()).isEqualTo("Baku");
        assertThat(all.meetingKey()).isEqualTo("k1");
    }

    @Test
    @DisplayName("a pooled row is the same row, holding the pool's instances of its values")
    void pooledRowsAreTheSameRows() {
        LocalDate held = LocalDate.of(2020, 2, 6);
        EdgeRow.Pool pool = new EdgeRow.Pool() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T of(T value) {
                return value instanceof LocalDate d && d.equals(held) ? (T) held : value;
            }

            @Override
            public List<String> sources(List<String> ids) {
                return List.copyOf(ids);
            }
        };
        for (Class<?> type : List.of(RoleRow.class, MeetingRow.class, PartnershipRow.class, MembershipRow.class)) {
            EdgeRow<?> row = (EdgeRow<?>) filled(type);
            EdgeRow<?> pooled = row.pooled(new String(row.start()), new String(row.end()), pool);
            assertThat(pooled).as(type.getSimpleName()).isEqualTo(row);
            for (RecordComponent field : type.getRecordComponents()) {
                if (field.getType() == LocalDate.class) {
                    assertThat(value(field, pooled)).as(type.getSimpleName() + "." + field.getName()).isSameAs(held);
                }
            }
        }
    }

    /** A row with a distinct value in every field: its name for text, one day for dates, one source and sentence. */
    private static Object filled(Class<?> row) {
        RecordComponent[] fields = row.getRecordComponents();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Class<?> type = fields[i].getType();
            String name = fields[i].getName();
            values[i] = type == List.class ? List.of(name) : type == boolean.class ? Boolean.TRUE
                    : type == LocalDate.class ? LocalDate.of(2020, 2, 6) : new String(name);
        }
        return construct(row, fields, values);
    }

    private static Object value(RecordComponent field, Object row) {
        try {
            return field.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sample(Class<?> row) {
        RecordComponent[] fields = row.getRecordComponents();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Class<?> type = fields[i].getType();
            values[i] = type == List.class ? List.of() : type == boolean.class ? Boolean.FALSE : null;
        }
        return construct(row, fields, values);
    }

    private static Object construct(Class<?> row, RecordComponent[] fields, Object[] values) {
        try {
            return row.getDeclaredConstructor(Arrays.stream(fields).map(RecordComponent::getType).toArray(Class[]::new))
                    .newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
