package io.zongjie.cli;

import io.zongjie.api.Problem;
import io.zongjie.api.ReportEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code zongjie validate INPUT...}: every problem in each file, or OK. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks report files and lists every problem with its path, line and column.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(descriptionKey = "inputs", arity = "1..*", paramLabel = "INPUT",
            description = "Report files (.yaml, .yml or .json).")
    List<Path> inputs;

    @Mixin
    EngineOptions engineOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        try (ReportEngine engine = engineOptions.build()) {
            return validate(engine);
        }
    }

    private Integer validate(ReportEngine engine) throws Exception {
        int code = Main.OK;
        for (Path input : inputs) {
            List<Problem> problems = engine.validate(input);
            if (problems.isEmpty()) {
                spec.commandLine().getOut().println(main.messages.get("validate.ok", input));
            } else {
                Main.printProblems(problems, spec.commandLine().getErr(), main.messages);
                code = Main.INVALID_INPUT;
            }
        }
        return code;
    }
}
