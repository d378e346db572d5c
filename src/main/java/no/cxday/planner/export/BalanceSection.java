package no.cxday.planner.export;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Balance;
import no.cxday.planner.model.Pillar;
import no.cxday.planner.model.Plan;

/** The balance at the end of the agenda: the score, each pillar's share and minutes, what is missing. */
final class BalanceSection {

    private final PdfCanvas canvas;
    private final Messages messages;

    BalanceSection(PdfCanvas canvas, Messages messages) {
        this.canvas = canvas;
        this.messages = messages;
    }

    void write(Plan plan) throws IOException {
        Balance balance = Balance.of(plan);
        canvas.ensureRoom(110);
        canvas.moveDown(10);
        canvas.text(messages.format("agenda.balance", balance.score()), canvas.left(), canvas.y() - 13, true, 13,
                AgendaPdf.TEXT);
        canvas.moveDown(24);
        for (Pillar pillar : Pillar.values()) {
            canvas.mark(pillar, canvas.left() + 5, canvas.y() - 5, 8);
            String share = String.format(Locale.ROOT, "%.0f %%", 100 * balance.mix().share(pillar));
            canvas.text(messages.get("pillar." + pillar.key()), canvas.left() + 16, canvas.y() - 8, false, 10,
                    AgendaPdf.TEXT);
            canvas.text(share + " · " + messages.format("balance.minutes", Math.round(balance.minutes(pillar))),
                    canvas.left() + 130, canvas.y() - 8, false, 10, AgendaPdf.TEXT);
            canvas.moveDown(15);
        }
        String missing = balance.missing().stream().map(p -> messages.get("pillar." + p.key()))
                .collect(Collectors.joining(", "));
        String verdict = balance.totalMinutes() == 0 ? messages.get("balance.empty")
                : missing.isEmpty() ? messages.get("balance.allPresent") : messages.format("balance.missing", missing);
        canvas.text(verdict, canvas.left(), canvas.y() - 10, false, 10, AgendaPdf.MUTED);
        canvas.moveDown(18);
    }
}
