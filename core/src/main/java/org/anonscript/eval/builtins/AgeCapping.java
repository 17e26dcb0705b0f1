package org.anonscript.eval.builtins;

import java.time.Duration;
import java.util.Optional;

import org.anonscript.eval.EvaluationException;

/**
 * The value-level rules of {@code scalePatientAgeAndDobFromStudyDate[]} (spec §12.5), which keeps a
 * patient older than 89 from being identifiable by age. The evaluator reads the elements and applies the
 * results to every occurrence in the dataset.
 *
 * <ul>
 * <li><b>Birth date.</b> Age is the whole number of days from the birth date to the study date, both
 * taken at their midpoint (a DA is noon). Above {@link #MAX_AGE_DAYS} (round(365.24 × 89) = 32506) the
 * birth date moves forward by the excess, so the patient is 89 at the study: DOB {@code 19000101} with
 * study {@code 20000131} becomes {@code 19110201}.</li>
 * <li><b>Age.</b> An Age String over 89 <em>years</em> becomes {@code 089Y}: {@code 100Y} and
 * {@code 090Y} do, {@code 089Y} does not. Ages in days, weeks or months stay as they are, which is both
 * what the reference does (it compares the years field of the period only) and the only sensible reading:
 * three digits of {@code D}, {@code W} or {@code M} cannot exceed 83 years ({@code 999M}).</li>
 * </ul>
 *
 * <p>Errors follow the reference: a birth or study date without the DA/DT shape counts as absent, but a
 * well-shaped impossible date ({@code 19001301}) is a runtime error, as is a malformed non-empty age.
 * A UTC offset on either date (possible only in a DT) is ignored here; the reference would count it
 * (with its sign dropped), which can move the result by at most a day.
 *
 * <p>{@link #plan} gives the whole decision in the reference's order, including one quirk the evaluator
 * must keep: when there is a birth date but no usable study date the reference warns and stops, so
 * the age is then <em>not</em> capped either.
 */
public final class AgeCapping {

    /** round(365.24 × 89) days: the reference's "89 years". */
    public static final long MAX_AGE_DAYS = Math.round(365.24 * 89);

    /** The age written when the real one is over 89 years. */
    public static final String CAPPED_AGE = "089Y";

    private AgeCapping() {
    }

    /**
     * What to do with the birth date.
     *
     * @param days    how many days every Patient's Birth Date must move forward (0: leave it)
     * @param warning why nothing could be decided (the evaluator reports it), or null
     */
    public record BirthDateShift(long days, String warning) {

        static final BirthDateShift NONE = new BirthDateShift(0, null);

        public boolean shifts() {
            return days > 0;
        }
    }

    /**
     * What {@code scalePatientAgeAndDobFromStudyDate[]} does to a dataset.
     *
     * @param birthDateShiftDays days every Patient's Birth Date (all levels) moves forward; 0 for none
     * @param capAges            whether every Patient's Age (all levels) becomes {@link #CAPPED_AGE}
     * @param warning            a note for the user when the birth date could not be judged, or null
     */
    public record Plan(long birthDateShiftDays, boolean capAges, String warning) {
    }

    /**
     * The decision for a dataset whose top-level Patient's Birth Date, Study Date and Patient's Age are
     * the given values (null when missing).
     */
    public static Plan plan(String birthDate, String studyDate, String age) {
        BirthDateShift shift = birthDateShift(birthDate, studyDate);
        if (shift.warning() != null) {
            return new Plan(0, false, shift.warning()); // the reference returns before looking at the age
        }
        return new Plan(shift.days(), isOverAgeLimit(age), null);
    }

    /**
     * @param birthDate Patient's Birth Date (0010,0030) at the top level, null when missing
     * @param studyDate Study Date (0008,0020), null when missing
     */
    public static BirthDateShift birthDateShift(String birthDate, String studyDate) {
        Optional<DicomDateTime> dob = DicomDateTime.parse(birthDate);
        if (dob.isEmpty()) {
            return BirthDateShift.NONE;
        }
        Optional<DicomDateTime> study = DicomDateTime.parse(studyDate);
        if (study.isEmpty()) {
            return new BirthDateShift(0, "Patient's Birth Date is unchanged: Study Date is missing or not a date");
        }
        long ageDays = Duration.between(dob.get().midpoint(), study.get().midpoint()).toDays();
        return ageDays > MAX_AGE_DAYS ? new BirthDateShift(ageDays - MAX_AGE_DAYS, null) : BirthDateShift.NONE;
    }

    /** One birth date value moved forward by {@code days} (the evaluator calls it for every occurrence). */
    public static String shiftBirthDate(String birthDate, long days) {
        return DateTimeShifter.shift(birthDate, days, "days");
    }

    /** The birth date capped against the study date, or empty when it stays as it is. */
    public static Optional<String> cappedBirthDate(String birthDate, String studyDate) {
        BirthDateShift shift = birthDateShift(birthDate, studyDate);
        return shift.shifts() ? Optional.of(shiftBirthDate(birthDate, shift.days())) : Optional.empty();
    }

    /** Whether Patient's Age {@code age} is over 89 years; null or empty is not. */
    public static boolean isOverAgeLimit(String age) {
        if (age == null || age.isEmpty()) {
            return false;
        }
        // the reference reads three digits and a unit letter, and ignores anything after them
        int length;
        try {
            length = Integer.parseInt(age.substring(0, Math.min(3, age.length())));
        } catch (NumberFormatException e) {
            throw malformedAge(age);
        }
        if (age.length() < 4) {
            throw malformedAge(age);
        }
        return switch (age.charAt(3)) {
            case 'Y' -> length > 89;
            case 'M', 'W', 'D' -> false;
            default -> throw malformedAge(age);
        };
    }

    /** {@code 089Y} when {@code age} is over 89 years, else empty. */
    public static Optional<String> cappedAge(String age) {
        return isOverAgeLimit(age) ? Optional.of(CAPPED_AGE) : Optional.empty();
    }

    private static EvaluationException malformedAge(String age) {
        return new EvaluationException("scalePatientAgeAndDobFromStudyDate: Patient's Age '" + age
                + "' is not an Age String (nnnD, nnnW, nnnM or nnnY)");
    }
}
