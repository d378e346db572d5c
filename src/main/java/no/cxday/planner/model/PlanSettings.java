package no.cxday.planner.model;

import java.time.LocalDate;
import java.time.LocalTime;

/** The plan-wide settings the settings dialog edits. */
public record PlanSettings(String title, String organization, LocalDate cxDay, LocalDate firstDay, LocalDate lastDay,
        LocalTime dayStart, LocalTime dayEnd, String timeZone) {
}
