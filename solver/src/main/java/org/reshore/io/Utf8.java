package org.reshore.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of input files: a bad byte is a located error, never a '?' or a crash. */
final class Utf8 {
    private Utf8() {}

    /** Decodes UTF-8 strictly: a bad byte is an error at its line and column, not a crash or a '?'. */
    static String decode(byte[] bytes, String fileName) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            int line = 1;
            int col = 1;
            for (int i = 0; i < bad; i++) {
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
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        var result = d.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }
}
