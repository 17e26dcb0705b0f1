package org.anonscript.eval.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.anonscript.eval.EvaluationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeCappingTest {

    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    @Test
    void eightyNineYearsIsRound365Point24Times89Days() {
        assertThat(AgeCapping.MAX_AGE_DAYS).isEqualTo(32506);
    }

    @Test
    void aBirthDateOverTheLimitMovesForwardByTheExcess() {
        // spec §12.5 [test]: DOB 19000101, study 20000131 → 19110201
        assertThat(AgeCapping.cappedBirthDate("19000101", "20000131")).contains("19110201");
        AgeCapping.BirthDateShift shift = AgeCapping.birthDateShift("19000101", "20000131");
        assertThat(shift.days()).isEqualTo(36554 - 32506);
        assertThat(shift.warning()).isNull();
        // the same shift applies to every occurrence (e.g. a DOB inside a sequence)
        assertThat(AgeCapping.shiftBirthDate("19000101", shift.days())).isEqualTo("19110201");
    }

    @Test
    void theLimitItselfIsNotOver() {
        LocalDate dob = LocalDate.of(1930, 3, 15);
        String atLimit = dob.plusDays(32506).format(DA);
        String dayAfter = dob.plusDays(32507).format(DA);
        assertThat(AgeCapping.cappedBirthDate("19300315", atLimit)).isEmpty();
        assertThat(AgeCapping.cappedBirthDate("19300315", dayAfter)).contains("19300316");
    }

    @ParameterizedTest(name = "DOB {0}, study {1}: unchanged")
    @CsvSource({
        "19500101, 20000131",   // 50 years
        "20000131, 19000101",   // study before birth
        ", 20000131",           // no DOB
        "'', 20000131",
        "unknown, 20000131",    // a DOB without the DA shape counts as absent
    })
    void youngerPatientsAndMissingBirthDatesAreLeftAlone(String dob, String study) {
        AgeCapping.BirthDateShift shift = AgeCapping.birthDateShift(dob, study);
        assertThat(shift.shifts()).isFalse();
        assertThat(shift.warning()).isNull();
        assertThat(AgeCapping.cappedBirthDate(dob, study)).isEmpty();
    }

    @ParameterizedTest(name = "study date \"{0}\": DOB unchanged with a warning")
    @CsvSource({",", "''", "' '", "2000-01-31"})
    void aMissingStudyDateLeavesTheBirthDateWithAWarning(String study) {
        AgeCapping.BirthDateShift shift = AgeCapping.birthDateShift("19000101", study);
        assertThat(shift.shifts()).isFalse();
        assertThat(shift.warning()).contains("Study Date");
    }

    @Test
    void anImpossibleBirthDateIsARuntimeError() {
        assertThatThrownBy(() -> AgeCapping.birthDateShift("19001301", "20000131"))
                .isInstanceOf(EvaluationException.class);
    }

    @ParameterizedTest(name = "Patient''s Age {0} → {1}")
    @CsvSource({
        // spec §12.5 [test]
        "100Y, 089Y",
        "090Y, 089Y",
        "999Y, 089Y",
        "089Y,",
        "045Y,",
        "000Y,",
        // months, weeks and days cannot reach 89 years in three digits: unchanged
        "999M,",
        "999W,",
        "999D,",
        "090D,",
        // empty or missing: nothing to do
        "'',",
        ",",
    })
    void agesOver89YearsBecome089Y(String age, String expected) {
        if (expected == null) {
            assertThat(AgeCapping.cappedAge(age)).isEmpty();
        } else {
            assertThat(AgeCapping.cappedAge(age)).contains(expected);
        }
    }

    @ParameterizedTest(name = "age \"{0}\" is an error")
    @ValueSource(strings = {"90", "90Y", "ABCY", "090X", "090y", " 90Y"})
    void malformedAgesAreRuntimeErrors(String age) {
        assertThatThrownBy(() -> AgeCapping.cappedAge(age))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining(age);
    }

    @ParameterizedTest(name = "DOB {0}, study {1}, age {2}: shift {3} days, cap age {4}")
    @CsvSource({
        "19000101, 20000131, 100Y, 4048, true",
        "19000101, 20000131, , 4048, false",
        ", 20000131, 090Y, 0, true",        // no birth date: the age is still capped
        ", , 090Y, 0, true",
        "19500101, 20000131, 050Y, 0, false",
        "19000101, , 100Y, 0, false",       // reference quirk: DOB without study date stops before the age
        "19000101, '', 100Y, 0, false",
        // XNAT's TestAnonymizationDateTimeModifications (DOB, study date, age)
        "'', '', 090Y, 0, true",             // no dates: they stay empty, the age is capped
        "20230101, 20230410, 099D, 0, false", // a newborn: untouched
        "19500101, '', 500Y, 0, false",      // blank study date: DOB and even 500Y untouched
        "19500101, 20000131, 050Y, 0, false",
    })
    void planFollowsTheReferencesOrder(String dob, String study, String age, long shiftDays, boolean capAges) {
        AgeCapping.Plan plan = AgeCapping.plan(dob, study, age);
        assertThat(plan.birthDateShiftDays()).isEqualTo(shiftDays);
        assertThat(plan.capAges()).isEqualTo(capAges);
        assertThat(plan.warning() != null)
                .isEqualTo(dob != null && !dob.isEmpty() && (study == null || study.isEmpty()));
    }

    @Test
    void scalingThenShiftingMovesTheCappedBirthDate() {
        // XNAT's plusShift.das: the capped DOB 19110201 then shifted 14 days is 19110215
        String capped = AgeCapping.cappedBirthDate("19000101", "20000131").orElseThrow();
        assertThat(DateTimeShifter.shift(capped, 14, "days")).isEqualTo("19110215");
    }
}
