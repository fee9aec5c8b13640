package org.credence.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Turns an unexpected failure in a view into a message instead of a stack trace, and a concurrent
 * edit into a request to reload rather than a silent overwrite.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        String message;
        if (cause instanceof OptimisticLockingFailureException) {
            message = "Someone else changed this item while you were editing it. Reload to see their change.";
        } else if (cause instanceof IllegalArgumentException) {
            message = cause.getMessage();
        } else {
            log.error("Unexpected UI failure", event.getThrowable());
            message = "Something went wrong; it has been logged. Your saved work is safe.";
        }
        if (UI.getCurrent() != null) {
            Notifications.error(message);
        }
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null
                && current.getCause() != current
                && !(current instanceof OptimisticLockingFailureException)) {
            current = current.getCause();
        }
        return current;
    }
}
