package io.voc.web;

import io.voc.query.application.NewSchedule;
import jakarta.ws.rs.FormParam;

/** The "Schedule it" form of a saved query's page: when it runs, and the condition that raises an alert. */
public class NewScheduleForm {
    @FormParam("cron")
    public String cron;
    @FormParam("timeZone")
    public String timeZone;
    @FormParam("metric")
    public String metric;
    @FormParam("op")
    public String op;
    @FormParam("value")
    public String value;
    /** Empty: compare with the threshold itself, not with an earlier window. */
    @FormParam("changeOver")
    public String changeOver;

    NewSchedule toNewSchedule() {
        Double threshold = PageForms.optionalNumber(value, Double::valueOf, "condition.value",
                "the alert's value must be a number, such as 50 or 0.1 (got '" + value + "')");
        return new NewSchedule(cron, blankIsNull(timeZone), metric, op, threshold, blankIsNull(changeOver));
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
