package io.zongjie.api.pdf;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the PDF's fonts would be on this machine, role by role, and how to do better: what {@code zongjie fonts}
 * prints, and what a host can check before a batch ({@code ReportEngine.fontCheck()}).
 *
 * @param roles  the title, the two heading levels, the body and the page numbers, in that order
 * @param advice what to do, one sentence per thing lacking, in the engine's message language; empty when every role
 *               is in an embedded official face
 */
public record FontCheck(List<Role> roles, List<String> advice) {

    public FontCheck {
        roles = List.copyOf(roles);
        advice = List.copyOf(advice);
    }

    /**
     * One role of the report's typography and the face that fills it.
     *
     * @param name         the role as {@code --font} names it ({@code title}, {@code heading1}, {@code heading2},
     *                     {@code body}), or {@code page-numbers}, which are set in the body's face
     * @param fontRole     the font role whose face is used
     * @param face         the face's family name, such as 「AR PL UMing CN」, or 「STSong-Light」
     * @param source       the file (and face index) read, or {@code null} for STSong-Light, which is not a file
     * @param embedded     whether the face is embedded in the PDF (every TrueType face is; STSong-Light is not)
     * @param official     whether the face is of the kind GB/T 9704-2012 asks for the role
     * @param officialFace the kind the standard asks for: 「方正小标宋」, 「黑体」, 「楷体」, 「仿宋」 or 「宋体」
     * @param borrowed     whether none of the role's own candidates was found, so another role's face stands in
     * @param advice       how to do better for this role, or {@code null} when it is embedded and official
     */
    public record Role(String name, FontRole fontRole, String face, FontSource source, boolean embedded,
            boolean official, String officialFace, boolean borrowed, String advice) {
        public Role {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(fontRole, "fontRole");
            Objects.requireNonNull(face, "face");
            Objects.requireNonNull(officialFace, "officialFace");
        }

        /** {@return the advice, if the role lacks anything} */
        public Optional<String> adviceIfAny() {
            return Optional.ofNullable(advice);
        }
    }

    /** {@return whether every role has an embedded face: the PDF reads the same on every machine} */
    public boolean allEmbedded() {
        return roles.stream().allMatch(Role::embedded);
    }

    /** {@return whether every role is embedded and in its official face} */
    public boolean allOfficial() {
        return roles.stream().allMatch(r -> r.embedded() && r.official());
    }
}
