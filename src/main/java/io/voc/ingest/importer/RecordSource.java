package io.voc.ingest.importer;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;

/** The records of a file, in file order. */
interface RecordSource extends Closeable {

    /**
     * @return the next record, or null at the end of the file
     * @throws IOException when the file cannot be read on (not UTF-8, broken CSV quoting); the message
     *         names the line
     */
    SourceRecord next() throws IOException;

    /** Bytes of the file read so far (a little ahead of the records returned), for the progress bar. */
    long bytesRead();

    static RecordSource open(ImportOptions options) throws IOException, ImportOptions.UsageException {
        return switch (options.format()) {
            case CSV -> CsvRecordSource.open(options);
            case JSONL -> JsonLinesRecordSource.open(options);
        };
    }

    /**
     * A file's text as UTF-8 without its byte-order mark, which counts the bytes read and, when asked to,
     * keeps the line starts and the text not yet released - so a parser that reads ahead (as Commons CSV
     * does) can still be told the physical line and the exact original text of each record.
     */
    final class Input extends Reader {
        private final CountingStream bytes;
        // Fail on bytes that are not UTF-8 instead of silently replacing them in people's words.
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer undecoded = ByteBuffer.allocate(16_384).flip();
        private boolean endOfBytes;
        private boolean finished;
        private final boolean track;
        private long position;
        private boolean started;
        private boolean lastWasCr;
        private long linesSeen;
        // line starts (char offsets) not yet passed by lineAt, and the line before the first of them
        private final ArrayDeque<Long> lineStarts = new ArrayDeque<>();
        private long line = 1;
        private final StringBuilder kept = new StringBuilder();
        private long keptFrom;

        Input(InputStream in, boolean track) {
            this.bytes = new CountingStream(in);
            this.track = track;
        }

        static Input open(Path file, boolean track) throws IOException {
            return new Input(Files.newInputStream(file), track);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = decode(buffer, offset, length);
            if (n <= 0) {
                return n;
            }
            if (!started) {
                started = true;
                if (buffer[offset] == '\uFEFF') { // a BOM, as Excel writes: not part of the first column's name
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    n--;
                    if (n == 0) {
                        return read(buffer, offset, length);
                    }
                }
            }
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                // CRLF, LF and a lone CR each end a line, as for Commons CSV and editors
                if (c == '\n') {
                    if (lastWasCr) {
                        if (track) {
                            lineStarts.pollLast();
                        }
                    } else {
                        linesSeen++;
                    }
                    if (track) {
                        lineStarts.addLast(position + 1);
                    }
                } else if (c == '\r') {
                    linesSeen++;
                    if (track) {
                        lineStarts.addLast(position + 1);
                    }
                }
                lastWasCr = c == '\r';
                position++;
            }
            if (track) {
                kept.append(buffer, offset, n);
            }
            return n;
        }

        /**
         * Decodes by hand rather than with an InputStreamReader, which throws for a whole block: here the
         * text before a bad byte is delivered first, so the error names the line the byte is on.
         */
        private int decode(char[] buffer, int offset, int length) throws IOException {
            if (finished) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            CharBuffer out = CharBuffer.wrap(buffer, offset, length);
            while (true) {
                CoderResult result = decoder.decode(undecoded, out, endOfBytes);
                if (result.isError()) {
                    if (out.position() > offset) {
                        break;
                    }
                    throw new IOException("line " + (linesSeen + 1) + ": the file is not UTF-8 text; convert it "
                            + "first, e.g. iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8",
                            new CharacterCodingException());
                }
                if (result.isOverflow() || out.position() > offset) {
                    break;
                }
                if (endOfBytes) {
                    decoder.flush(out); // UTF-8 keeps no state to flush, but the decoder's contract asks for it
                    finished = true;
                    return out.position() > offset ? out.position() - offset : -1;
                }
                undecoded.compact();
                int n = bytes.read(undecoded.array(), undecoded.position(), undecoded.remaining());
                if (n < 0) {
                    endOfBytes = true;
                } else {
                    undecoded.position(undecoded.position() + n);
                }
                undecoded.flip();
            }
            return out.position() - offset;
        }

        /** Characters delivered so far. */
        long position() {
            return position;
        }

        long bytesRead() {
            return bytes.count;
        }

        /** The 1-based line of a character offset; offsets must not decrease from call to call. */
        long lineAt(long offset) {
            while (!lineStarts.isEmpty() && lineStarts.peekFirst() <= offset) {
                lineStarts.pollFirst();
                line++;
            }
            return line;
        }

        /** The text between two offsets not released yet. */
        String text(long from, long to) {
            return kept.substring((int) (from - keptFrom), (int) (to - keptFrom));
        }

        /** The text before {@code offset} is no longer needed. */
        void release(long offset) {
            long dead = offset - keptFrom;
            // Compacting only now and then keeps this linear for long files.
            if (dead > 0 && (dead >= 65_536 || dead * 2 >= kept.length())) {
                kept.delete(0, (int) dead);
                keptFrom = offset;
            }
        }

        @Override
        public void close() throws IOException {
            bytes.close();
        }
    }

    final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
