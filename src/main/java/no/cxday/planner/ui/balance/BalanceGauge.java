package no.cxday.planner.ui.balance;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Balance;

/** A ring of the three pillar shares with the balance score inside, and the minutes by pillar. */
public final class BalanceGauge extends Control {

    public static final String DEFAULT_STYLE_CLASS = "balance-gauge";

    private final Messages messages;
    private final ObjectProperty<Balance> balance = new SimpleObjectProperty<>(this, "balance",
            new Balance(0, 0, 0));
    private final ObjectProperty<Balance> preview = new SimpleObjectProperty<>(this, "preview");

    public BalanceGauge(Messages messages) {
        this.messages = messages;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setAccessibleRole(AccessibleRole.TEXT);
    }

    Messages messages() {
        return messages;
    }

    public ObjectProperty<Balance> balanceProperty() {
        return balance;
    }

    /** The balance a drop would give, shown beside the current one; null for none. */
    public ObjectProperty<Balance> previewProperty() {
        return preview;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new BalanceGaugeSkin(this);
    }
}
