package io.voc.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Use case: brings the daily roll-ups up to date - every closed day (before today, UTC) whose feedback was
 * written to since its roll-up is rolled up again. Today is never rolled up: overviews read it live. Safe
 * on several instances at once: a roll-up is one document per product and day, written whole, and an
 * overview uses it only while it matches the feedback (docs/dashboard.md "Daily roll-ups").
 */
@ApplicationScoped
public class RollUpFeedbackDays {
    private static final Logger LOG = Logger.getLogger(RollUpFeedbackDays.class);

    private final DailyRollups rollups;
    private final Clock clock = Clock.systemUTC();

    RollUpFeedbackDays(DailyRollups rollups) {
        this.rollups = rollups;
    }

    /** @return the days rolled up */
    public List<LocalDate> run() {
        List<LocalDate> days = rollups.outdatedDays(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        long feedback = 0;
        for (int i = 0; i < days.size(); i++) {
            feedback += rollups.rollUp(days.get(i));
            if ((i + 1) % 30 == 0) {
                LOG.infof("Rolled up %d of %d days", i + 1, days.size());
            }
        }
        if (!days.isEmpty()) {
            LOG.infof("Rolled up %d day(s) (%d feedback), %s to %s", days.size(), feedback, days.get(0),
                    days.get(days.size() - 1));
        }
        return days;
    }
}
