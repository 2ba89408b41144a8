package io.zongjie.api;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a part: the bytes go to
 * a temporary file in the same folder, are flushed to disk, and the temporary file is then renamed over the
 * target. On any failure the temporary file is removed and the target is left as it was.
 *
 * <p>{@link ReportEngine#renderTo} writes every report this way; a host (and the {@code zongjie} command, for the
 * files it writes besides reports) can use it for its own files:
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out/summary.txt"), out -> out.write(bytes));
 * }</pre>
 *
 * <p>The rename replaces the target's directory entry: if the target is a symbolic link to a file (or to nothing),
 * the link is replaced by the new file and whatever it pointed to is not written (so {@code -o report.pdf} never
 * writes into another folder than the one asked for). Only a regular file, a missing one or such a link is ever
 * replaced. A character device or a named pipe ({@code /dev/null}, {@code /dev/stdout}, a FIFO), directly or through
 * links, is written to as a stream, as {@code cat > /dev/null} would, once the whole output is complete in memory;
 * a block device or a socket is refused. Nothing is ever renamed over, or removed in place of, such a node.
 *
 * <p>On Ctrl-C or a plain kill (SIGINT, SIGTERM) a shutdown hook removes the
 * temporary files of writes still in progress. A process killed outright (SIGKILL, power loss) cannot; those are named
 * {@code .<target name>.<random>.tmp}, and the next successful write of the same target removes any older than
 * {@link #STALE_AFTER} (young ones may belong to a concurrent writer of the same file).
 */
public final class AtomicFiles {

    /** How old a leftover temporary file must be before a later write removes it. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** Temporary files of writes in progress, for the shutdown hook. */
    private static final java.util.Set<Path> IN_PROGRESS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::removePartialFiles,
                    "zongjie-remove-partial-files"));
        } catch (IllegalStateException e) {
            // first used while the JVM is already shutting down (a plugin called System.exit): whoever halts the
            // JVM then calls removePartialFiles itself
        }
    }

    /**
     * Removes the temporary files of writes still in progress. The shutdown hook does this on Ctrl-C or a plain
     * kill; a program that ends the JVM with {@link Runtime#halt} (where hooks may not have run) calls it first.
     */
    public static void removePartialFiles() {
        for (Path tmp : IN_PROGRESS) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException | RuntimeException e) {
                // the JVM is going down; the next write of that file removes it once stale
            }
        }
    }

    /** Writes a file's bytes to the stream it is given; may throw, and then nothing is written. */
    @FunctionalInterface
    public interface Writer {
        /**
         * Writes the bytes.
         *
         * @param out the temporary file's stream; flushed and closed by {@link AtomicFiles}
         * @throws IOException if writing fails: the target is then left as it was
         */
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} through {@code writer}, all or nothing.
     *
     * @param target the file to write or replace; its folder is created if need be
     * @param writer what writes the bytes
     * @throws IOException if the target is a folder, its folder cannot be created or written, or the writer fails;
     *                     an existing target is then untouched
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Destination destination = Destination.of(absolute);
        switch (destination.kind()) {
            case FOLDER -> throw new IOException(target + " is a folder; give a file name such as "
                    + target.resolve("report.pdf"));
            case REFUSED -> throw new java.nio.file.FileSystemException(target.toString(), null,
                    destination.reason());
            case STREAM, APPEND -> {
                writeStream(target, absolute, destination.kind() == Destination.Kind.APPEND, writer);
                return;
            }
            default -> {
                // a regular file, a link to one or to nothing, or nothing yet: replaced atomically below
            }
        }
        Path dir = absolute.getParent();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + " is a file, not a folder; cannot write " + target + " there");
        }
        Files.createDirectories(dir);
        String prefix = "." + absolute.getFileName() + ".";
        // Created like any new file (mode 0666 less the umask), not owner-only as Files.createTempFile would make
        // it: the rename keeps the temporary file's mode, and a report is meant to be read by others.
        Path tmp;
        try {
            tmp = newTemporaryFile(dir, prefix);
        } catch (java.nio.file.FileSystemException e) {
            // name the file the user asked for, not the temporary one beside it
            throw new java.nio.file.FileSystemException(target.toString(), null,
                    "cannot write here" + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
        }
        IN_PROGRESS.add(tmp);
        boolean done = false;
        try {
            keepPermissions(absolute, tmp);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            // Look again right before the rename: a device or pipe put there meanwhile is not renamed over.
            Destination now = Destination.of(absolute);
            if (now.kind() != Destination.Kind.FILE) {
                throw new java.nio.file.FileSystemException(target.toString(), null, "changed while the report "
                        + "was written (it is now " + (now.reason() == null ? now.kind().toString().toLowerCase(
                                java.util.Locale.ROOT) : now.reason()) + "); nothing was replaced");
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            IN_PROGRESS.remove(tmp);
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
        removeStale(dir, prefix);
    }

    /**
     * Writes to a device or pipe: the whole output is made first, so a failure sends nothing at all, and the node is
     * opened as it is (never created, truncated, renamed over or removed).
     */
    private static void writeStream(Path target, Path absolute, boolean append, Writer writer) throws IOException {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(1 << 16);
        writer.write(buffer);
        try (OutputStream out = append ? Files.newOutputStream(absolute, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND) : Files.newOutputStream(absolute, StandardOpenOption.WRITE)) {
            buffer.writeTo(out);
        } catch (java.nio.file.FileSystemException e) {
            throw new java.nio.file.FileSystemException(target.toString(), null,
                    "cannot be written" + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
        }
    }

    private static Path newTemporaryFile(Path dir, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** A file that replaces another keeps the other's permissions, as an editor's save does. */
    private static void keepPermissions(Path target, Path tmp) {
        try {
            if (Files.isRegularFile(target)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or not ours to read: the new file keeps the default mode
        }
    }

    /** Removes temporary files of earlier writes of the same target that were killed before they finished. */
    private static void removeStale(Path dir, String prefix) {
        FileTime before = FileTime.from(Instant.now().minus(STALE_AFTER));
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp") && Files.isRegularFile(p)
                    && Files.getLastModifiedTime(p).compareTo(before) < 0;
        })) {
            for (Path p : stale) {
                Files.deleteIfExists(p);
                LOG.info("removed {}, left over by an earlier write that did not finish", p);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not look for stale temporary files in {}", dir, e); // the write itself succeeded
        }
    }
}
