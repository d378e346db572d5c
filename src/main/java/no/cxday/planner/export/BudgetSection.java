package no.cxday.planner.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Costs;
import no.cxday.planner.model.Plan;

/** The plan's budget and what its activities cost, planned and actual, and by how much either is over. */
final class BudgetSection {

    private final PdfCanvas canvas;
    private final Messages messages;

    BudgetSection(PdfCanvas canvas, Messages messages) {
        this.canvas = canvas;
        this.messages = messages;
    }

    void write(Plan plan) throws IOException {
        BigDecimal budget = plan.budget();
        BigDecimal planned = Costs.planned(plan);
        BigDecimal actual = Costs.actual(plan);
        List<String> lines = new ArrayList<>();
        lines.add(messages.format("tasksPdf.currency", plan.currency()));
        lines.add(budget == null ? messages.get("tasksPdf.noBudget")
                : messages.format("tasksPdf.budgetAmount", money(budget, plan)));
        lines.add(messages.format("tasksPdf.planned", money(planned, plan)));
        if (actual != null) {
            lines.add(messages.format("tasksPdf.actual", money(actual, plan)));
        }
        List<String> over = new ArrayList<>();
        if (budget != null && planned.compareTo(budget) > 0) {
            over.add(messages.format("tasksPdf.plannedOver", money(planned.subtract(budget), plan)));
        }
        if (budget != null && actual != null && actual.compareTo(budget) > 0) {
            over.add(messages.format("tasksPdf.actualOver", money(actual.subtract(budget), plan)));
        }
        canvas.ensureRoom(40 + 15 * (lines.size() + over.size()));
        canvas.moveDown(10);
        canvas.text(messages.get("tasksPdf.budget"), canvas.left(), canvas.y() - 13, true, 13, AgendaPdf.TEXT);
        canvas.moveDown(22);
        for (String line : lines) {
            canvas.text(line, canvas.left(), canvas.y() - 10, false, 10, AgendaPdf.TEXT);
            canvas.moveDown(15);
        }
        for (String line : over) {
            canvas.text(line, canvas.left(), canvas.y() - 10, true, 10, AgendaPdf.TEXT);
            canvas.moveDown(15);
        }
    }

    private String money(BigDecimal amount, Plan plan) {
        return messages.money(amount, plan.currency());
    }
}
