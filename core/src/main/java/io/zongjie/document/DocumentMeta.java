package io.zongjie.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a document says about itself: the metadata a PDF or HTML head carries.
 *
 * @param title    the report's title, such as 「滨江实验中学2023年工会工作总结」
 * @param author   the union that signs the report
 * @param subject  a one-line description, such as 「2023年工会工作总结」
 * @param keywords search keywords: the section headings
 * @param date     the date of the report; renderers use it for creation dates so output is reproducible
 * @param language the document's language as a BCP 47 tag: {@code zh-CN} (Simplified), {@code zh-Hant},
 *                 {@code zh-HK} or {@code zh-TW} (Traditional), for the PDF's {@code /Lang}, the HTML's
 *                 {@code lang} and the DOCX's East Asian language
 */
public record DocumentMeta(String title, String author, String subject, List<String> keywords, LocalDate date,
        String language) {

    /** The language of a report in Simplified Chinese. */
    public static final String SIMPLIFIED = "zh-CN";

    public DocumentMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(language, "language");
        keywords = List.copyOf(keywords);
    }

    /** A document in Simplified Chinese ({@code zh-CN}). */
    public DocumentMeta(String title, String author, String subject, List<String> keywords, LocalDate date) {
        this(title, author, subject, keywords, date, SIMPLIFIED);
    }

    /** Whether the document is in Traditional Chinese (its language is zh-Hant, zh-HK, zh-TW or zh-MO). */
    public boolean traditional() {
        return language.startsWith("zh-Hant") || language.equals("zh-HK") || language.equals("zh-TW")
                || language.equals("zh-MO");
    }
}
