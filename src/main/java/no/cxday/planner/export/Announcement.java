package no.cxday.planner.export;

import java.time.LocalDate;
import java.util.List;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Communication;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.Plan;

/**
 * The programme as an announcement for the intranet, a newsletter or a Teams post, in two forms of
 * the same content: HTML (one document, no scripts, every style inline, laid out with a table, so
 * that a mail client shows it as it is) and plain text. Each day with activities, and under it each
 * activity's time, title, place and its idea's summary; the coordinator's message before, the link after.
 */
public record Announcement(String html, String text) {

    private static final String TEXT = "#1f2328";
    private static final String MUTED = "#5b6169";
    private static final String ACCENT = "#004488";
    private static final String LINE = "#c8c4bb";

    public static Announcement of(Plan plan, Catalogue catalogue, Messages messages) {
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        String language = messages.language().code();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(plan.title())).append("</title>\n</head>\n")
                .append("<body style=\"margin:0;padding:0;background-color:#ffffff;\">\n")
                .append("<div style=\"max-width:640px;margin:0 auto;padding:24px 16px;font-family:'Segoe UI',")
                .append("Helvetica,Arial,sans-serif;font-size:15px;line-height:1.45;color:").append(TEXT)
                .append(";\">\n<h1 style=\"margin:0 0 4px 0;font-size:26px;line-height:1.2;color:").append(TEXT)
                .append(";\">").append(escape(plan.title())).append("</h1>\n");
        text.append(plan.title()).append('\n');
        if (!plan.organization().isBlank()) {
            html.append(paragraph("margin:0 0 16px 0;color:" + MUTED + ";", escape(plan.organization())));
            text.append(plan.organization()).append('\n');
        }
        Communication communication = plan.communication();
        if (communication != null && !communication.message().isBlank()) {
            String message = communication.message().strip();
            html.append(paragraph("margin:16px 0 8px 0;", escape(message).replaceAll("\\R", "<br>\n")));
            text.append('\n').append(message.replaceAll("\\R", "\n")).append('\n');
        }
        for (LocalDate day : AgendaPdf.days(plan)) {
            String date = messages.dates().longDate(day);
            html.append("<h2 style=\"margin:24px 0 8px 0;padding-bottom:4px;font-size:19px;line-height:1.3;color:")
                    .append(ACCENT).append(";border-bottom:2px solid ").append(LINE).append(";\">")
                    .append(escape(date)).append("</h2>\n");
            text.append('\n').append(date).append('\n');
            List<Activity> activities = AgendaPdf.activitiesOn(plan, day);
            if (activities.isEmpty()) {
                html.append(paragraph("margin:8px 0;color:" + MUTED + ";", escape(messages.get("agenda.none"))));
                text.append('\n').append(messages.get("agenda.none")).append('\n');
                continue;
            }
            html.append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" ")
                    .append("style=\"border-collapse:collapse;width:100%;\">\n");
            for (Activity activity : activities) {
                activity(plan, activity, summary(plan, activity, catalogue, messages), messages, html, text);
            }
            html.append("</table>\n");
        }
        if (communication != null && !communication.link().isBlank()) {
            String link = communication.link().strip();
            String anchor = "<a href=\"" + escape(link) + "\" style=\"color:" + ACCENT + ";\">" + escape(link) + "</a>";
            html.append(paragraph("margin:24px 0 0 0;", messages.format("announcement.more", anchor)));
            text.append('\n').append(messages.format("announcement.more", link)).append('\n');
        }
        html.append("</div>\n</body>\n</html>\n");
        return new Announcement(html.toString(), text.toString());
    }

    private static void activity(Plan plan, Activity activity, String summary, Messages messages, StringBuilder html,
            StringBuilder text) {
        String time = ListAgenda.time(activity, messages);
        String place = messages.format("announcement.place", Places.where(plan, activity));
        html.append("<tr>\n<td style=\"vertical-align:top;padding:8px 16px 8px 0;white-space:nowrap;")
                .append("font-weight:bold;\">").append(escape(time)).append("</td>\n")
                .append("<td style=\"vertical-align:top;padding:8px 0;\"><strong>").append(escape(activity.title()))
                .append("</strong><br>\n<span style=\"color:").append(MUTED).append(";\">").append(escape(place))
                .append("</span>");
        text.append('\n').append(time).append("  ").append(activity.title()).append('\n').append(place).append('\n');
        if (!summary.isBlank()) {
            html.append("<br>\n").append(escape(summary));
            text.append(summary).append('\n');
        }
        html.append("</td>\n</tr>\n");
    }

    /** The summary of the idea the activity was made from, in the plan's language; empty for none. */
    private static String summary(Plan plan, Activity activity, Catalogue catalogue, Messages messages) {
        return activity.ideaId() == null ? ""
                : catalogue.find(activity.ideaId(), plan, messages.language()).map(Idea::summary).orElse("").strip();
    }

    private static String paragraph(String style, String content) {
        return "<p style=\"" + style + "\">" + content + "</p>\n";
    }

    /**
     * Text as HTML shows it literally, in an element or in an attribute; control characters other
     * than line breaks are left out.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (cp == '\n' || cp == '\r' || !Character.isISOControl(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
