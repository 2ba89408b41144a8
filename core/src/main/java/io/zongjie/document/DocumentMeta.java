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
 */
public record DocumentMeta(String title, String author, String subject, List<String> keywords, LocalDate date) {
    public DocumentMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(date, "date");
        keywords = List.copyOf(keywords);
    }
}
