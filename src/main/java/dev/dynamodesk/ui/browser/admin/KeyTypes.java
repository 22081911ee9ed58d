package dev.dynamodesk.ui.browser.admin;

import dev.dynamodesk.item.AttributeType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** A chooser of the three key types, S by default, named in words. */
final class KeyTypes {
    private KeyTypes() {
    }

    static ComboBox<AttributeType> chooser() {
        ComboBox<AttributeType> box = new ComboBox<>();
        configure(box);
        return box;
    }

    static void configure(ComboBox<AttributeType> box) {
        box.getItems().setAll(AttributeType.S, AttributeType.N, AttributeType.B);
        box.setValue(AttributeType.S);
        box.setCellFactory(list -> cell());
        box.setButtonCell(cell());
    }

    private static ListCell<AttributeType> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(AttributeType type, boolean empty) {
                super.updateItem(type, empty);
                setText(empty || type == null ? null : type.name() + " — " + type.displayName());
            }
        };
    }
}
