package org.diplograph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.diplograph.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTests {

    @ParameterizedTest
    @CsvSource(textBlock = """
            2020-02-06, 2020-02-06, DAY,   2020-02-06
            2020-02,    2020-02-01, MONTH, 2020-02-29
            2021,       2021-01-01, YEAR,  2021-12-31
            """)
    void readsEachPrecision(String text, LocalDate first, DatePrecision precision, LocalDate last) {
        PartialDate date = PartialDate.parse(text);
        assertThat(date.first()).isEqualTo(first);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.last()).isEqualTo(last);
        assertThat(date).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-02-30", "2021-02-29", "2020-13", "2020-00-10", "20-02-06", "yesterday", "2020-2-6", ""})
    void refusesImpossibleOrMalformedDates(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(text.isEmpty() ? "not a date" : text);
    }

    @Test
    void aStatedPrecisionMustMatchTheForm() {
        assertThatThrownBy(() -> PartialDate.parse("2020-02", "day"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("precision says day");
    }

    @Test
    void aPeriodHoldsPartialDatesThatOverlapIt() {
        Period february = Period.between(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29));
        assertThat(february.contains(PartialDate.parse("2020-02-06"))).isTrue();
        assertThat(february.contains(PartialDate.parse("2020"))).isTrue();
        assertThat(february.contains(PartialDate.parse("2020-03-01"))).isFalse();
        assertThat(february.contains(null)).isFalse();
        assertThat(february.withUndated().contains(null)).isTrue();
    }
}
