package io.zongjie.cli;

import io.zongjie.api.ReportEngine;
import java.util.Arrays;

/** Sets up slf4j-simple before the first logger exists: warnings only, or everything with --verbose. */
final class Logging {

    private Logging() {
    }

    static void configure(String[] args) {
        boolean verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showLogName", verbose ? "true" : "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "false");
        setIfAbsent("org.slf4j.simpleLogger.levelInBrackets", "false");
        // Hibernate Validator announces itself at INFO through JBoss Logging.
        setIfAbsent("org.slf4j.simpleLogger.log.org.hibernate", verbose ? "info" : "warn");
        setIfAbsent("org.jboss.logging.provider", "slf4j");
        // Velocity logs template errors itself; zongjie reports them once, with template, line and column.
        setIfAbsent("org.slf4j.simpleLogger.log.io.zongjie.velocity", verbose ? "debug" : "off");
        // The CLI prints skipped plugin jars itself, as "zongjie: warning: ...", from engine.pluginProblems().
        setIfAbsent("org.slf4j.simpleLogger.log." + ReportEngine.PLUGIN_PROBLEMS_LOGGER, verbose ? "debug" : "error");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
