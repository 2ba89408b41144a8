package io.zongjie.internal.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.LinkedNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and months as a report has them: a day ({@code 2023-12-26}, or {@code 2023-1-5}), or a month
 * ({@code 2023-12}), in the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}. Jackson's own readers take
 * {@code 0000-12-26}, {@code +99999-12-26} and {@code -2023-12-26}, and drop the time of
 * {@code 2023-12-26T10:00:00Z} without a word; no union writes a report in the year 0, and a time of day has no
 * place in its date, so these are problems with their path. Full-width digits have been made ASCII before
 * ({@link Digits}).
 */
public final class PlausibleDates {

    /** The first year a report's dates may fall in: the People's Republic's first. */
    public static final int FIRST_YEAR = 1949;
    /** The last year a report's dates may fall in. */
    public static final int LAST_YEAR = 2100;

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern WITH_TIME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})[T ](.+)");
    /** A year in a period such as 「2023年」 or 「2022—2023学年」: digits before 年, or four digits alone. */
    private static final Pattern PERIOD_YEAR = Pattern.compile("(\\d+)\\s*年|(?<!\\d)(\\d{4})(?!\\d)");

    private PlausibleDates() {
    }

    /** The readers, for a Jackson mapper. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("zongjie-plausible-dates");
        module.addDeserializer(LocalDate.class, new Day());
        module.addDeserializer(YearMonth.class, new Month());
        return module;
    }

    /** Why {@code year} is no year of a report, or null if it is one. */
    public static String outOfRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR ? null : "the year " + year + " is not a year of a report ("
                + FIRST_YEAR + "–" + LAST_YEAR + "); check the date";
    }

    /** Why a report's period (「2023年」) names no year of a report, or null if it is plausible. */
    public static String implausiblePeriod(String period) {
        if (period == null) {
            return null;
        }
        Matcher m = PERIOD_YEAR.matcher(Digits.asciiDigits(period));
        while (m.find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            int year = digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                return "names the year " + (digits.length() > 6 ? CollectingHandler.abbreviate(digits) : year)
                        + ", which is not a year of a report (" + FIRST_YEAR + "–" + LAST_YEAR + ")";
            }
        }
        return null;
    }

    /** Reads a day (「2023-12-26」) or a month (「2023-12」) from text, the same way. */
    private abstract static class Reader<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final Class<T> type;
        private final transient Pattern shape;

        Reader(Class<T> type, Pattern shape) {
            super(type);
            this.type = type;
            this.shape = shape;
        }

        /** The value of the matched text's groups; throws DateTimeException when there is no such date. */
        abstract T of(Matcher m);

        abstract int year(T value);

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String text = p.getText().strip();
            Matcher time = WITH_TIME.matcher(text);
            if (time.matches()) {
                return report(ctxt, "has a time of day (" + CollectingHandler.abbreviate(time.group(2)) + "); a "
                        + "report's date is a day: write " + time.group(1));
            }
            Matcher m = shape.matcher(text);
            if (m.matches()) {
                try {
                    T value = of(m);
                    String range = outOfRange(year(value));
                    return range == null ? value : report(ctxt, range);
                } catch (DateTimeException e) {
                    // 2023-02-30: worded as any text that is no date
                }
            }
            return type.cast(ctxt.handleWeirdStringValue(type, text, "not a date"));
        }
    }

    private static final class Day extends Reader<LocalDate> {
        private static final long serialVersionUID = 1L;

        Day() {
            super(LocalDate.class, DAY);
        }

        @Override
        LocalDate of(Matcher m) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        }

        @Override
        int year(LocalDate value) {
            return value.getYear();
        }
    }

    private static final class Month extends Reader<YearMonth> {
        private static final long serialVersionUID = 1L;

        Month() {
            super(YearMonth.class, MONTH);
        }

        @Override
        YearMonth of(Matcher m) {
            return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }

        @Override
        int year(YearMonth value) {
            return value.getYear();
        }
    }

    /** Records a problem at the current path through the collecting handler, and skips the value. */
    static <T> T report(DeserializationContext ctxt, String message) throws IOException {
        for (LinkedNode<DeserializationProblemHandler> h = ctxt.getConfig().getProblemHandlers(); h != null;
                h = h.next()) {
            if (h.value() instanceof CollectingHandler collecting) {
                collecting.add(DataPaths.of(ctxt.getParser().getParsingContext()), message);
                return null;
            }
        }
        throw new InvalidFormatException(ctxt.getParser(), message, ctxt.getParser().getText(), LocalDate.class);
    }
}
