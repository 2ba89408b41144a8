package io.zongjie.api;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A child process for {@link AtomicFilesKillTest}: starts writing a big file through {@link AtomicFiles}, says
 * "WRITING" once bytes are on their way, then keeps writing slowly until it is killed.
 */
public final class SlowWriter {

    private SlowWriter() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'n');
        AtomicFiles.write(Path.of(args[0]), stream -> {
            stream.write(chunk);
            stream.flush();
            out.println("WRITING");
            for (int i = 0; i < 6000; i++) { // ten minutes at most, if nobody kills it
                stream.write(chunk, 0, 4096);
                stream.flush();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        out.println("DONE");
    }
}
