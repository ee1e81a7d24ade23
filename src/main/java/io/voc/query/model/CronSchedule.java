package io.voc.query.model;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.voc.platform.model.InvalidInputException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * When a saved query runs: a 5-field Unix cron expression ({@code minute hour day-of-month month day-of-week},
 * e.g. {@code 0 8 * * 1} for Mondays at 08:00) read in a time zone (default UTC), so "every morning at 8" means
 * 8 where the team is, across daylight saving changes. Each instant it names is a <em>slot</em>: a schedule runs
 * at most once per slot, whichever instance runs it.
 */
public final class CronSchedule {
    public static final String CRON_FIELD = "schedule.cron";
    public static final String ZONE_FIELD = "schedule.timeZone";
    private static final int MAX_EXPRESSION = 100;
    private static final ZoneId UTC = ZoneId.of("UTC");
    // a definition is immutable and the parser keeps no state between calls: one each for every schedule
    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String expression;
    private final ZoneId zone;
    private final ExecutionTime times;

    private CronSchedule(String expression, ZoneId zone) {
        this.expression = expression;
        this.zone = zone;
        this.times = ExecutionTime.forCron(parse(expression));
        // no year field: an expression that matches at all matches again after 1970
        if (times.nextExecution(Instant.EPOCH.atZone(zone)).isEmpty()) {
            throw new InvalidInputException(CRON_FIELD, "schedule.cron '" + expression + "' names no date that "
                    + "exists (such as 30 February), so it would never run");
        }
    }

    /** {@code zone}: an IANA zone id ({@code Europe/Berlin}) or offset; null or blank: UTC. */
    public static CronSchedule of(String expression, String zone) {
        if (expression == null || expression.isBlank()) {
            throw new InvalidInputException(CRON_FIELD, "schedule.cron is required: a 5-field cron expression "
                    + "such as '0 8 * * 1' (minute hour day-of-month month day-of-week)");
        }
        String cron = expression.strip().replaceAll("\\s+", " ");
        if (cron.length() > MAX_EXPRESSION) {
            throw new InvalidInputException(CRON_FIELD, "schedule.cron must be at most " + MAX_EXPRESSION
                    + " characters");
        }
        return new CronSchedule(cron, zone(zone));
    }

    private static Cron parse(String cron) {
        // counted here: the parser's own message for a wrong number of fields does not say what it expected
        int fields = cron.split(" ").length;
        if (fields != 5) {
            throw new InvalidInputException(CRON_FIELD, "schedule.cron must have 5 fields (minute hour "
                    + "day-of-month month day-of-week), got " + fields + " in '" + cron + "'");
        }
        try {
            return UNIX.parse(cron).validate();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(CRON_FIELD, "schedule.cron '" + cron + "' is not a valid cron "
                    + "expression: " + e.getMessage());
        }
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException(ZONE_FIELD, "schedule.timeZone '" + zone + "' is not a time zone; "
                    + "use an IANA name such as Europe/Berlin, or UTC");
        }
    }

    /**
     * The slot {@code now} is in: the latest instant the expression names that is not after {@code now}.
     * Empty only for an expression that never matched before (e.g. 30 February).
     */
    public Optional<Instant> slotAt(Instant now) {
        // cron names whole minutes: the minute now is in is a slot if it matches
        ZonedDateTime minute = now.atZone(zone).truncatedTo(ChronoUnit.MINUTES);
        if (times.isMatch(minute)) {
            return Optional.of(minute.toInstant());
        }
        return times.lastExecution(minute).map(ZonedDateTime::toInstant);
    }

    /** The first slot strictly after {@code instant}; empty for an expression that never matches. */
    public Optional<Instant> nextAfter(Instant instant) {
        return times.nextExecution(instant.atZone(zone)).map(ZonedDateTime::toInstant);
    }

    public String expression() {
        return expression;
    }

    public ZoneId zone() {
        return zone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CronSchedule other && expression.equals(other.expression) && zone.equals(other.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(expression, zone);
    }

    @Override
    public String toString() {
        return expression + " (" + zone.getId() + ")";
    }
}
