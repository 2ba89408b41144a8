package io.zongjie.cli;

import io.zongjie.model.Script;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --script hans|hant|hant-hk|hant-tw}: the script of the reports, over their own {@code script} field. */
final class ScriptOption {

    @Option(names = "--script", paramLabel = "SCRIPT", converter = ScriptOption.Converter.class,
            description = "hans (简体), hant (繁體), hant-hk (Hong Kong and Macau) or hant-tw (Taiwan): the script of "
                    + "the report, over its own script field. Default: the field, else the script the union's name "
                    + "is written in. Names and other text from the input are printed as typed.")
    Script script;

    /** Reads {@code hant-hk} and the like. */
    static final class Converter implements ITypeConverter<Script> {
        @Override
        public Script convert(String value) {
            return Script.of(value);
        }
    }
}
