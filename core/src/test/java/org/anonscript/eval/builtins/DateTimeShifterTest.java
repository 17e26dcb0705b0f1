package org.anonscript.eval.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anonscript.eval.EvaluationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeShifterTest {

    @ParameterizedTest(name = "shiftDateByIncrement[\"{0}\", \"{1}\"] = {2}")
    @CsvSource({
        // spec §8.3 shiftDateByIncrement examples (XNAT tests); unit defaults to days
        "20200228, 2, 20200301",
        "20210228, 2, 20210302",
        "20200228, -5, 20200223",
        "20181231, 365, 20191231",
    })
    void shiftDateByIncrementExamples(String date, String amount, String expected) {
        assertThat(DateTimeShifter.shift(date, DateTimeShifter.amount("shiftDateByIncrement", amount), "days"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "shiftDateTimeByIncrement[\"{0}\", \"{1}\"] = {2}")
    @CsvSource({
        // spec §8.3 shiftDateTimeByIncrement examples (XNAT tests); unit defaults to seconds
        "20200101120000.000000, 10, 20200101120010.000000",
        "20200228235800, 180, 20200229000100",
        "19960808140000, -600, 19960808135000",
        "20200101120000+0500, 10, 20200101120010+0500",
        "20100430130441.40, 360, 20100430131041.40",
        // spec §8.3 shiftDateTimeSequenceByIncrement: one day on a DT two sequences deep
        "20100430130441.40, 86400, 20100501130441.40",
        // the rest of XNAT's shiftDateTime*.das expectations
        "20200101120000.800000, 10, 20200101120010.800000",
        "20200101120000-0730, 10, 20200101120010-0730",
        "20100430130441.40, -86400, 20100429130441.40",
        "20200101100000, 10, 20200101100010",
    })
    void shiftDateTimeByIncrementExamples(String dateTime, String amount, String expected) {
        assertThat(DateTimeShifter.shift(dateTime, DateTimeShifter.amount("shiftDateTimeByIncrement", amount), "seconds"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} shifted by 0 is unchanged")
    @ValueSource(strings = {"1960", "196005", "19600519", "1960051913", "196005191324", "19600519132435",
        "19600519132435.1", "19600519132435.123456", "19600519132435-0130", "1960+0100"})
    void shiftingByZeroKeepsEveryPrecision(String value) {
        // spec §12.2 [test]: 1960, 196005, … 19600519132435 shifted by 0 are unchanged
        assertThat(DateTimeShifter.shiftBySeconds(value, 0)).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} + {1} {2} = {3}")
    @CsvSource({
        "20200101, 1, years, 20201231",       // years = 365 days exactly, 2020 is a leap year
        "20210101, 1, YEARS, 20220101",
        "20200101, 2, Days, 20200103",
        "20200101, 12, hours, 20200102",       // a DA is noon: 12 hours later is the next day
        "20200101, 11, hours, 20200101",
        "20200101235959, 1, seconds, 20200102000000",
        "20200101120000, -90, minutes, 20200101103000",
        "20200229, -1460, days, 20160301",     // leap days count
    })
    void unitsAreFixedNumbersOfSecondsAndCaseInsensitive(String value, long amount, String unit, String expected) {
        assertThat(DateTimeShifter.shift(value, amount, unit)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} s = {2}")
    @CsvSource({
        // a year alone stands for 1 July 00:00 (1960 is a leap year: 182 days after 1 January)
        "1960, -15724800, 1960",   // -182 days: 1 January 1960
        "1960, -15724801, 1959",
        "1960, 15897599, 1960",    // +184 days - 1 s: 31 December 23:59:59
        "1960, 15897600, 1961",
        // a month of 31 days stands for its 16th at 12:00
        "196005, 1339199, 196005",  // 15 d 11:59:59 later: 31 May 23:59:59
        "196005, 1339200, 196006",
        // a month of 28 days stands for its 15th at 00:00
        "202102, -1209600, 202102", // 14 days earlier: 1 February 00:00
        "202102, -1209601, 202101",
        // a day stands for 12:00, an hour for hh:30:00, a minute for hh:mm:30
        "20200228, 43199, 20200228",
        "20200228, 43200, 20200229",
        "2020022813, 1799, 2020022813",
        "2020022813, 1800, 2020022814",
        "202002281324, 29, 202002281324",
        "202002281324, 30, 202002281325",
    })
    void missingComponentsAreTheMidpointOfTheirRange(String value, long seconds, String expected) {
        assertThat(DateTimeShifter.shiftBySeconds(value, seconds)).isEqualTo(expected);
    }

    @Test
    void theOffsetIsCopiedNeverApplied() {
        assertThat(DateTimeShifter.shift("20200101233000-0500", 1, "hours")).isEqualTo("20200102003000-0500");
        assertThat(DateTimeShifter.shift("20200101+1400", 1, "days")).isEqualTo("20200102+1400");
    }

    @Test
    void aFractionIsPrintedOnlyAfterSecondsAsInTheReference() {
        assertThat(DateTimeShifter.shiftBySeconds("1960.5", 0)).isEqualTo("1960");
        assertThat(DateTimeShifter.shiftBySeconds("20200101120000.5", 1)).isEqualTo("20200101120001.5");
    }

    @ParameterizedTest(name = "unit \"{0}\" is an error")
    @ValueSource(strings = {"weeks", "months", "day", "s", ""})
    void otherUnitsAreRuntimeErrors(String unit) {
        assertThatThrownBy(() -> DateTimeShifter.shift("20200101", 1, unit))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("Unsupported time-shift units");
    }

    @Test
    void aNullUnitIsARuntimeError() {
        assertThatThrownBy(() -> DateTimeShifter.shift("20200101", 1, null)).isInstanceOf(EvaluationException.class);
    }

    @ParameterizedTest(name = "amount \"{0}\" is an error")
    @ValueSource(strings = {"1.5", "-2.0", "1e3", " 2", "two", "", "99999999999"})
    void amountsAreIntegers(String amount) {
        assertThatThrownBy(() -> DateTimeShifter.amount("shiftDateByIncrement", amount))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("shiftDateByIncrement")
                .hasMessageContaining("integer");
    }

    @Test
    void amountsMayBeSigned() {
        assertThat(DateTimeShifter.amount("shiftDateByIncrement", "-30")).isEqualTo(-30);
        assertThat(DateTimeShifter.amount("shiftDateByIncrement", "+30")).isEqualTo(30);
    }

    @ParameterizedTest(name = "\"{0}\" does not parse")
    @ValueSource(strings = {"", "2020-01-01", "20200101 ", "202001011", "196", "20200101120000.1234567",
        "20200101+05", "ABCD", "２０２０"})
    void valuesWithoutTheDaDtShapeAreRuntimeErrors(String value) {
        assertThatThrownBy(() -> DateTimeShifter.shift(value, 1, "days"))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("Failed to parse DICOM time string '" + value + "'");
    }

    @Test
    void nullDoesNotParse() {
        assertThatThrownBy(() -> DateTimeShifter.shift(null, 1, "days"))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("Failed to parse DICOM time string");
    }

    @ParameterizedTest(name = "\"{0}\" is an impossible date/time")
    @ValueSource(strings = {"20200230", "20201301", "20200100", "2020010124", "202001011260", "20200101120060",
        "20200101+1900", "20200101-0060"})
    void wellShapedButImpossibleValuesAreRuntimeErrors(String value) {
        assertThatThrownBy(() -> DateTimeShifter.shift(value, 0, "days"))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining(value);
    }

    @Test
    void inPlaceShiftsLeaveEmptyValuesAlone() {
        // spec §12.2 / §8.3 shiftDateTimeListByIncrement: empty values are left alone
        assertThat(DateTimeShifter.shiftElementValue("", 1, "days")).isEmpty();
        assertThat(DateTimeShifter.shiftElementValue(null, 1, "days")).isNull();
        assertThat(DateTimeShifter.shiftElementValue("20100430130441.40", 86400, "seconds")).isEqualTo("20100501130441.40");
        assertThatThrownBy(() -> DateTimeShifter.shiftElementValue("", 1, "fortnights"))
                .isInstanceOf(EvaluationException.class);
        assertThatThrownBy(() -> DateTimeShifter.shiftElementValue("not a date", 1, "days"))
                .isInstanceOf(EvaluationException.class);
    }
}
