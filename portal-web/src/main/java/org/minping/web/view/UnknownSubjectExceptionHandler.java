package org.minping.web.view;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.minping.core.shared.UnknownSubjectException;

/**
 * The one place where pages turn "no such thing for you" into the 404 page: an unknown cycle code in
 * a link, another agency's follow-up id in a tampered postback, and the like, wherever a page
 * meets them (a bean's constructor, an action), instead of a 500.
 */
public class UnknownSubjectExceptionHandler extends ExceptionHandlerWrapper {

    public UnknownSubjectExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            if (unknownSubject(failure)) {
                events.remove();
                FacesContext context = FacesContext.getCurrentInstance();
                try {
                    context.getExternalContext().responseSendError(404, "not found");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                context.responseComplete();
            }
        }
        getWrapped().handle();
    }

    private static boolean unknownSubject(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnknownSubjectException) {
                return true;
            }
        }
        return false;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new UnknownSubjectExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
