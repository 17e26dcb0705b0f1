package org.anonscript.eval.builtins;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anonscript.eval.EvaluationException;

/**
 * A DICOM DA or DT value split into the components it actually has (spec §12.2), each kept as written
 * ({@code ""} when absent), so that a shifted value can be printed with exactly the input's precision.
 *
 * <p>DA ({@code YYYYMMDD}) is the DT shape without time, which is why the reference engine, and this
 * class, parse both with the one DT pattern
 * {@code YYYY[MM[DD[HH[MM[SS]]]]][.F{1,6}][±HHMM]}.
 *
 * <p>Two quirks of the reference are reproduced on purpose, because a test-run must agree with XNAT:
 * a fraction is printed only when seconds are present (so {@code 1960.5} reads and prints as
 * {@code 1960}), and the UTC offset is validated (its hours at most 18, minutes at most 59) but never
 * applied: it is copied to the output unchanged.
 *
 * @param fraction the fraction including its leading dot ({@code ".40"}), or {@code ""}
 * @param offset   the UTC offset including its sign ({@code "+0500"}), or {@code ""}
 */
public record DicomDateTime(String year, String month, String day, String hour, String minute, String second,
        String fraction, String offset) {

    private static final Pattern DT = Pattern.compile(
            "(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\.\\d{1,6})?([+-]\\d{4})?");

    /** The components of {@code text} if it has the DA/DT shape (digits are ASCII only), else empty. */
    public static Optional<DicomDateTime> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DicomDateTime(m.group(1), group(m, 2), group(m, 3), group(m, 4), group(m, 5),
                group(m, 6), group(m, 7), group(m, 8)));
    }

    /** Like {@link #parse} but a value without the DA/DT shape is the reference's runtime error. */
    public static DicomDateTime parseOrFail(String text) {
        return parse(text).orElseThrow(() -> new EvaluationException(
                "Failed to parse DICOM time string '" + text + "'"));
    }

    private static String group(Matcher m, int group) {
        String value = m.group(group);
        return value == null ? "" : value;
    }

    /**
     * The exact instant this value stands for: missing components are the midpoint of their range, so
     * {@code 1960} is 1 July 1960 00:00:00, {@code 196005} is 16 May 12:00:00 (a 31-day month's middle),
     * {@code 19600519} is noon, {@code 1960051913} is 13:30:00 and {@code 196005191324} is 13:24:30. The
     * fraction is ignored (it is carried through as text).
     *
     * @throws EvaluationException when a component is out of range ({@code 20200230}, hour {@code 24},
     *                             second {@code 60}, offset {@code +1900}), as the reference's date
     *                             arithmetic would fail
     */
    public LocalDateTime midpoint() {
        try {
            checkOffset();
            int y = Integer.parseInt(year);
            int mo = has(month) ? Integer.parseInt(month) : 7;
            int monthLength = has(month) ? YearMonth.of(y, mo).lengthOfMonth() : 0;
            int d = has(day) ? Integer.parseInt(day) : has(month) ? monthLength / 2 + 1 : 1;
            int h = has(hour) ? Integer.parseInt(hour)
                    : has(day) ? 12
                    : has(month) ? (monthLength % 2 == 0 ? 0 : 12)
                    : 0;
            int mi = has(minute) ? Integer.parseInt(minute) : has(hour) ? 30 : 0;
            int s = has(second) ? Integer.parseInt(second) : has(minute) ? 30 : 0;
            return LocalDateTime.of(y, mo, d, h, mi, s);
        } catch (DateTimeException e) {
            throw new EvaluationException("Invalid DICOM date/time '" + text() + "': " + e.getMessage(), e);
        }
    }

    /** The reference builds a {@code ZoneOffset} from the digits (sign ignored), which rejects these. */
    private void checkOffset() {
        if (has(offset)) {
            int hours = Integer.parseInt(offset.substring(1, 3));
            int minutes = Integer.parseInt(offset.substring(3, 5));
            if (hours > 18 || minutes > 59 || hours * 60 + minutes > 18 * 60) {
                throw new DateTimeException("UTC offset " + offset + " is out of range");
            }
        }
    }

    /** {@code instant} printed with the components this value has, its fraction and offset copied. */
    public String format(LocalDateTime instant) {
        StringBuilder sb = new StringBuilder(26);
        int year = instant.getYear();
        // as the reference's %04d: at least four digits, a minus sign before them for years before 0
        if (year < 0) {
            sb.append('-');
        }
        pad(sb, Math.abs(year), year < 0 ? 3 : 4);
        if (has(month)) {
            pad(sb, instant.getMonthValue(), 2);
            if (has(day)) {
                pad(sb, instant.getDayOfMonth(), 2);
                if (has(hour)) {
                    pad(sb, instant.getHour(), 2);
                    if (has(minute)) {
                        pad(sb, instant.getMinute(), 2);
                        if (has(second)) {
                            pad(sb, instant.getSecond(), 2);
                            sb.append(fraction);
                        }
                    }
                }
            }
        }
        return sb.append(offset).toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    /** The value as it was written. */
    public String text() {
        return year + month + day + hour + minute + second + fraction + offset;
    }

    private static boolean has(String component) {
        return !component.isEmpty();
    }
}
