package io.zongjie.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What is at the place an output is to be written, and so how it may be written: replaced atomically (a regular
 * file, nothing yet, or a symbolic link to either), written to as a stream (a character device or a named pipe,
 * directly or through links), or not at all (a folder, a block device, a socket).
 *
 * <p>Links through {@code /proc} ({@code /dev/stdout} is {@code /proc/self/fd/1}) are the process's own open files:
 * they are written through, never replaced, even when they lead to a regular file (then appended to, as the shell's
 * redirection that opened it decides whether that file was emptied first).
 *
 * @param kind   how to write
 * @param reason for {@link Kind#REFUSED}, why, as a message ends: 「is a block device (a disk) …」
 */
record Destination(Kind kind, String reason) {

    /** How an output may be written. */
    enum Kind {
        /** A regular file, nothing, or a link to either: written to a temporary file, then renamed over it. */
        FILE,
        /** A folder: not a file name. */
        FOLDER,
        /** A character device or a named pipe: written to as a stream. */
        STREAM,
        /** A regular file reached through one of the process's own descriptors ({@code /proc/self/fd/N}). */
        APPEND,
        /** Not written at all. */
        REFUSED
    }

    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFIFO = 0010000;
    /** As the kernel's own bound on a chain of links (ELOOP). */
    private static final int MAX_LINKS = 40;

    private static Destination of(Kind kind) {
        return new Destination(kind, null);
    }

    /** Looks at {@code path} (absolute) without changing anything. */
    static Destination of(Path path) throws IOException {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.FileSystemException e) {
            // nothing there yet, or no folder to hold it: the write says what is wrong with the folder, if anything
            return of(Kind.FILE);
        }
        if (own.isRegularFile()) {
            return of(Kind.FILE);
        }
        if (own.isDirectory()) {
            return of(Kind.FOLDER);
        }
        if (own.isSymbolicLink()) {
            BasicFileAttributes target;
            try {
                target = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return of(Kind.FILE); // a link to nothing: replaced, as a link to a file is
            } catch (java.nio.file.FileSystemException e) {
                return new Destination(Kind.REFUSED, "is a symbolic link that cannot be followed ("
                        + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()) + ")");
            }
            boolean ownDescriptor = throughProc(path);
            if (target.isDirectory()) {
                return of(Kind.FOLDER);
            }
            if (target.isRegularFile()) {
                return of(ownDescriptor ? Kind.APPEND : Kind.FILE);
            }
        }
        return byType(path);
    }

    /** A node that is neither file, folder nor link (or a link to one): by the type in its mode. */
    private static Destination byType(Path path) {
        int mode;
        try {
            mode = ((Number) Files.getAttribute(path, "unix:mode")).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return new Destination(Kind.REFUSED, "is not a regular file; give the name of a file to write");
        }
        return switch (mode & S_IFMT) {
            case S_IFCHR, S_IFIFO -> of(Kind.STREAM);
            case S_IFBLK -> new Destination(Kind.REFUSED, "is a block device (a disk or a partition); zongjie "
                    + "writes reports to files, character devices and pipes, never onto a disk");
            case S_IFSOCK -> new Destination(Kind.REFUSED, "is a socket, which cannot be written as a file; "
                    + "give the name of a file to write");
            default -> new Destination(Kind.REFUSED, "is not a regular file; give the name of a file to write");
        };
    }

    /** Whether a chain of links passes through {@code /proc}, where the process's own descriptors are. */
    private static boolean throughProc(Path link) {
        Path at = link;
        try {
            for (int hop = 0; hop <= MAX_LINKS; hop++) {
                Path parent = at.getParent();
                // /dev/fd/1 is 1 in the folder /dev/fd, itself a link to /proc/self/fd
                if (at.startsWith("/proc") || parent != null && parent.toRealPath().startsWith("/proc")) {
                    return true;
                }
                if (!Files.isSymbolicLink(at)) {
                    return false;
                }
                Path next = Files.readSymbolicLink(at);
                at = (next.isAbsolute() ? next : at.resolveSibling(next)).normalize();
            }
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        return false;
    }
}
