package io.zongjie.internal.template;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * Velocity's log, one level down: what Velocity reports as an error (a template that does not parse, a macro that
 * recursed too deep, a reference that is not set) is also thrown, and zongjie reports it once, as a
 * {@link io.zongjie.api.TemplateException} with template, line and column. Velocity's own account of it is detail:
 * it goes to the {@code io.zongjie.velocity} logger at debug level (trace stays trace), so that a host's log and a
 * passing test run are not flooded with errors that are not the host's, while {@code --verbose} still shows them.
 */
final class VelocityLog extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    /** The logger Velocity's messages go to, at debug level. */
    static final String NAME = "io.zongjie.velocity";

    private final transient Logger delegate = LoggerFactory.getLogger(NAME);

    VelocityLog() {
        this.name = NAME;
    }

    @Override
    public boolean isTraceEnabled() {
        return delegate.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return delegate.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return delegate.isDebugEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return delegate.isDebugEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return delegate.isDebugEnabled();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable throwable) {
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        if (level == Level.TRACE) {
            delegate.trace(message, throwable);
        } else {
            delegate.debug(level == Level.DEBUG ? message : "(Velocity " + level + ") " + message, throwable);
        }
    }
}
