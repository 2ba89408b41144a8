package io.zongjie.api;

import java.util.List;
import java.util.stream.Collectors;

/** The input has problems; {@link #problems()} lists every one found, each with its path. */
public class InvalidReportException extends ZongjieException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** @param problems every problem found, in file order */
    public InvalidReportException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found, in file order} */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        String head = problems.size() == 1 ? "1 problem in the input:" : problems.size() + " problems in the input:";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
    }
}
