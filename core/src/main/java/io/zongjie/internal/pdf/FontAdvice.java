package io.zongjie.internal.pdf;

import io.zongjie.api.pdf.FontCheck;
import io.zongjie.api.pdf.FontRole;
import io.zongjie.api.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the fonts chosen for a PDF lack, and the exact command or option that does better: the one wording shared by
 * {@code zongjie fonts} ({@link #check}) and the warnings a PDF renderer gives once before its first report
 * ({@link #warnings}).
 */
final class FontAdvice {

    /** The kinds of face GB/T 9704-2012 names, recognised by the names a face gives itself. */
    enum Style {
        XIAOBIAOSONG("方正小标宋", "小标宋", "小標宋", "xiaobiaosong", "xbs"),
        FANGSONG("仿宋", "仿宋", "fangsong", "fang song", "fs_gb2312", "simfang", "stfangso"),
        KAI("楷体", "楷体", "楷體", "kai"),
        HEI("黑体", "黑体", "黑體", "hei"),
        SONG("宋体", "宋体", "宋體", "明體", "明体", "song", "ming", "simsun");

        final String chinese;
        private final String[] words;

        Style(String chinese, String... words) {
            this.chinese = chinese;
            this.words = words;
        }

        /** The kind of a face, by its names (first match in this order, so 仿宋 is not taken for 宋体), or null. */
        static Style of(List<String> names) {
            for (Style style : values()) {
                for (String name : names) {
                    for (String word : style.words) {
                        if (name.contains(word)) {
                            return style;
                        }
                    }
                }
            }
            return null;
        }
    }

    /** A row of the check: a font role, or the page numbers set in the body's face. */
    private record Row(String name, FontRole role, Style official) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("title", FontRole.TITLE, Style.XIAOBIAOSONG),
            new Row("heading1", FontRole.HEADING1, Style.HEI),
            new Row("heading2", FontRole.HEADING2, Style.KAI),
            new Row("body", FontRole.BODY, Style.FANGSONG),
            // GB/T 9704-2012 §7.5: 4号半角宋体阿拉伯数字; set in the body's face, whose 仿宋 digits match
            new Row("page-numbers", FontRole.BODY, Style.SONG));

    /** The free faces Debian packages, for a machine without any. */
    static final String DEBIAN_PACKAGES = "fonts-arphic-uming fonts-wqy-zenhei fonts-lxgw-wenkai";

    private FontAdvice() {
    }

    /** Every role, its face, whether it is embedded and official, and what to do for it. */
    static FontCheck check(FontLibrary.Resolved fonts, Messages messages) {
        List<FontCheck.Role> roles = new ArrayList<>();
        for (Row row : ROWS) {
            FontLibrary.Origin origin = fonts.origins().get(row.role());
            boolean embedded = origin != FontLibrary.Origin.BUILT_IN;
            boolean official = official(fonts, row);
            roles.add(new FontCheck.Role(row.name(), row.role(), fonts.family(row.role()), fonts.source(row.role()),
                    embedded, official, row.official().chinese, origin == FontLibrary.Origin.BORROWED,
                    embedded && official ? null : roleAdvice(row, embedded, messages)));
        }
        List<String> advice = new ArrayList<>();
        if (roles.stream().noneMatch(FontCheck.Role::embedded)) {
            advice.add(messages.get("fonts.advice.none", directories(fonts), install(messages)));
        } else {
            roles.stream().filter(r -> r.advice() != null && !r.name().equals("page-numbers"))
                    .forEach(r -> advice.add(messages.get("fonts.advice.role", label(r.name(), messages),
                            r.advice())));
        }
        return new FontCheck(roles, advice);
    }

    /**
     * What a user is told before the first PDF: no embeddable font at all; roles that borrow another's face; roles
     * not in their official face (GB/T 9704's faces not found). Empty when all is well.
     */
    static List<String> warnings(FontLibrary.Resolved fonts, Messages messages) {
        List<String> warnings = new ArrayList<>();
        if (fonts.origins().values().stream().allMatch(o -> o == FontLibrary.Origin.BUILT_IN)) {
            warnings.add(messages.get("fonts.warning.none", directories(fonts), install(messages)));
            return warnings;
        }
        List<FontRole> borrowed = fonts.origins().entrySet().stream()
                .filter(e -> e.getValue() == FontLibrary.Origin.BORROWED).map(java.util.Map.Entry::getKey).toList();
        if (!borrowed.isEmpty()) {
            FontRole donor = fonts.origins().entrySet().stream()
                    .filter(e -> e.getValue() != FontLibrary.Origin.BORROWED).map(java.util.Map.Entry::getKey)
                    .filter(r -> fonts.get(r) == fonts.get(borrowed.get(0))).findFirst().orElse(FontRole.BODY);
            warnings.add(messages.get("fonts.warning.borrowed",
                    borrowed.stream().map(r -> label(name(r), messages)).collect(Collectors.joining(
                            messages.get("list.separator"))),
                    label(name(donor), messages), fonts.name(donor)));
        }
        List<String> wrong = new ArrayList<>();
        for (Row row : ROWS) {
            if (!row.name().equals("page-numbers") && !official(fonts, row)) {
                wrong.add(messages.get("fonts.warning.unofficial.role", label(row.name(), messages),
                        fonts.name(row.role()), row.official().chinese, messages.get("fonts.option." + row.name())));
            }
        }
        if (!wrong.isEmpty()) {
            warnings.add(messages.get("fonts.warning.unofficial",
                    String.join(messages.get("fonts.warning.unofficial.and"), wrong)));
        }
        return warnings;
    }

    private static boolean official(FontLibrary.Resolved fonts, Row row) {
        if (fonts.origins().get(row.role()) == FontLibrary.Origin.BUILT_IN) {
            return false;
        }
        Style style = Style.of(fonts.names(row.role()));
        // the page numbers' 宋体 digits are matched by the body's 仿宋
        return style == row.official() || row.official() == Style.SONG && style == Style.FANGSONG;
    }

    /** The exact command or option that gives the role its official face, or an embedded one. */
    private static String roleAdvice(Row row, boolean embedded, Messages messages) {
        if (!embedded) {
            return install(messages);
        }
        String option = messages.get("fonts.advice." + row.name(), messages.has("fonts.option." + row.name())
                ? messages.get("fonts.option." + row.name()) : "");
        String debian = switch (row.name()) {
            case "heading1" -> "fonts-wqy-zenhei";
            case "heading2" -> "fonts-lxgw-wenkai";
            default -> null;
        };
        return debian != null && linux() ? messages.get("fonts.advice.debianOr", debian, option) : option;
    }

    /** How to get embeddable faces at all. */
    private static String install(Messages messages) {
        return linux() ? messages.get("fonts.advice.install.debian", DEBIAN_PACKAGES)
                : messages.get("fonts.advice.install.other");
    }

    private static boolean linux() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return !os.contains("win") && !os.contains("mac");
    }

    private static String directories(FontLibrary.Resolved fonts) {
        return fonts.directories().isEmpty() ? "—"
                : fonts.directories().stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    /** The role as --font names it. */
    private static String name(FontRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    /** The role as a user reads it: 「body」, or 「正文（body）」 in Chinese. */
    static String label(String name, Messages messages) {
        return messages.get("fonts.role." + name);
    }
}
