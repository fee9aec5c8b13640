package org.credence.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's three kinds of message, so every view says things the same way. */
public final class Notifications {

    private static final int SHORT = 4000;
    private static final int LONG = 10000;

    private Notifications() {}

    public static Notification success(String message) {
        return show(message, NotificationVariant.LUMO_SUCCESS, SHORT);
    }

    public static Notification info(String message) {
        return show(message, NotificationVariant.LUMO_CONTRAST, SHORT);
    }

    /** Errors stay longer: the person must be able to read why nothing happened. */
    public static Notification error(String message) {
        return show(message, NotificationVariant.LUMO_ERROR, LONG);
    }

    private static Notification show(String message, NotificationVariant variant, int duration) {
        // Bottom right, over the side panel: never over the reading column on the left.
        Notification notification = Notification.show(message, duration, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
        return notification;
    }
}
