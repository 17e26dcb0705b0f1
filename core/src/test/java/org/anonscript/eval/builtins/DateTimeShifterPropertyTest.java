package org.anonscript.eval.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Full-precision values have no midpoint to fill in, so shifting them must agree with plain
 * {@code java.time} arithmetic; a seeded random sweep checks that over 1800–2199 (leap years, month ends,
 * negative shifts). The seed and the failing input are in the assertion message.
 */
class DateTimeShifterPropertyTest {

    private static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    @Test
    void aDateShiftedByDaysIsTheCalendarDateThatManyDaysLater() {
        long seed = Long.getLong("fuzz.seed", 20261129L);
        Random random = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            LocalDate date = LocalDate.ofEpochDay(random.nextInt(146_000) - 62_000);
            int days = random.nextInt(80_000) - 40_000;
            String input = date.format(DA);
            String expected = date.plusDays(days).format(DA);
            String actual = DateTimeShifter.shift(input, days, "days");
            if (!expected.equals(actual)) {
                assertThat(actual).as("seed %d: %s %+d days", seed, input, days).isEqualTo(expected);
            }
        }
    }

    @Test
    void aFullDateTimeShiftedBySecondsIsThatInstantLater() {
        long seed = Long.getLong("fuzz.seed", 20261129L);
        Random random = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            LocalDateTime instant = LocalDateTime.of(LocalDate.ofEpochDay(random.nextInt(146_000) - 62_000),
                    java.time.LocalTime.ofSecondOfDay(random.nextInt(86_400)));
            long seconds = random.nextLong() % 4_000_000_000L;
            String fraction = random.nextBoolean() ? "" : "." + "123456".substring(0, 1 + random.nextInt(6));
            String offset = random.nextBoolean() ? "" : (random.nextBoolean() ? "+" : "-") + "0" + random.nextInt(10) + "30";
            String input = instant.format(DT) + fraction + offset;
            String expected = instant.plusSeconds(seconds).format(DT) + fraction + offset;
            String actual = DateTimeShifter.shiftBySeconds(input, seconds);
            if (!expected.equals(actual)) {
                assertThat(actual).as("seed %d: %s %+d s", seed, input, seconds).isEqualTo(expected);
            }
        }
    }
}
