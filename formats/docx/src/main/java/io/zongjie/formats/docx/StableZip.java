package io.zongjie.formats.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip package with every entry dated the report's day, in the order the package was written, so that
 * the same document gives the same bytes: POI stamps each entry with the time of writing.
 */
final class StableZip {

    private StableZip() {
    }

    static void rewrite(byte[] zip, LocalDate date, OutputStream out) throws IOException {
        // DOS dates start in 1980; a report is never dated earlier, but a test may try
        LocalDate day = date.getYear() < 1980 ? LocalDate.of(1980, 1, 1) : date;
        ZipOutputStream target = new ZipOutputStream(out); // finished, not closed: the caller closes out
        try (ZipInputStream source = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(day.atStartOfDay());
                copy.setMethod(ZipEntry.DEFLATED);
                target.putNextEntry(copy);
                source.transferTo(target);
                target.closeEntry();
            }
        }
        target.finish();
        target.flush();
    }
}
