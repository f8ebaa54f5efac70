package org.reshore.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of input files: a bad byte is a located error, never a '?' or a crash. */
final class Utf8 {
    private Utf8() {}

    /**
     * Decodes UTF-8 strictly (a leading byte-order mark is dropped): a bad byte is an error at its
     * line and column. The bytes are checked in small chunks first, so a large file is not held
     * twice as characters.
     */
    static String decode(byte[] bytes, String fileName) throws InputException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int bad = firstBadByte(bytes, start);
        if (bad < 0) return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        int line = 1;
        int col = 1;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        throw new InputException(new Diagnostic(Diagnostic.Severity.ERROR, fileName, line, col, "",
                String.format("not UTF-8: byte 0x%02X at offset %d", bytes[bad] & 0xFF, bad),
                "save the file as UTF-8"));
    }

    /** The offset of the first byte that is not UTF-8, or -1. */
    private static int firstBadByte(byte[] bytes, int start) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) return in.position();
            if (r.isUnderflow()) break;
            out.clear();
        }
        out.clear();
        CoderResult r = d.flush(out);
        return r.isError() ? in.position() : -1;
    }
}
