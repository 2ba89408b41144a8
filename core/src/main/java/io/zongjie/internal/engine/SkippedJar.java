package io.zongjie.internal.engine;

import io.zongjie.api.Message;
import io.zongjie.api.Messages;

/** Why a folder jar is not taken; its {@link #reason()} is worded in the user's language by the registry. */
final class SkippedJar extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    SkippedJar(Message reason) {
        this(reason, null);
    }

    SkippedJar(Message reason, Throwable cause) {
        super(Messages.of(Messages.ENGLISH).format(reason), cause, false, false);
        this.reason = reason;
    }

    /** {@return why the jar is skipped, as data} */
    Message reason() {
        return reason;
    }
}
