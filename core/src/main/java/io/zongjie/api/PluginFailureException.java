package io.zongjie.api;

/**
 * A section plugin failed while checking or rendering one section of a report: it threw, did not finish within
 * {@link Limits#sectionTimeout()}, or returned something the engine cannot print (no block list, a block of the
 * report's frame, a level-1 heading). The report is not assembled; the message names the section and the plugin,
 * such as 「sections[2] (welfare): plugin 'welfare' (org.acme.WelfareSection) failed: ...」.
 */
public class PluginFailureException extends ZongjieException {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final int sectionIndex;

    /**
     * @param type         the section type
     * @param sectionIndex the section's 0-based position in {@code sections}
     * @param message      what went wrong, in English
     * @param cause        the failure underneath, or {@code null}
     */
    public PluginFailureException(String type, int sectionIndex, String message, Throwable cause) {
        super("sections[" + sectionIndex + "] (" + type + "): " + message, cause);
        this.type = type;
        this.sectionIndex = sectionIndex;
    }

    /**
     * A failure worded from the bundles, so that it reads in the user's language.
     *
     * @param type         the section type
     * @param sectionIndex the section's 0-based position in {@code sections}
     * @param reason       what went wrong, as data
     * @param cause        the failure underneath, or {@code null}
     */
    public PluginFailureException(String type, int sectionIndex, Message reason, Throwable cause) {
        super(Message.of("plugin.failure", sectionIndex, type, reason), cause);
        this.type = type;
        this.sectionIndex = sectionIndex;
    }

    /** The section type of the plugin that failed, such as {@code welfare}. */
    public String type() {
        return type;
    }

    /** The 0-based position of the section in the input's {@code sections}. */
    public int sectionIndex() {
        return sectionIndex;
    }
}
