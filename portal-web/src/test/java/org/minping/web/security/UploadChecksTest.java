package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadChecksTest {

    @Test
    void namesLoseTheirPathAndControlCharacters() {
        assertEquals("结果表.csv", UploadChecks.safeName("../../etc/结果表.csv"));
        assertEquals("a.csv", UploadChecks.safeName("C:\\Users\\x\\a.csv"));
        assertEquals("evil.csv", UploadChecks.safeName("evil\u0000\r\n.csv"));
        assertEquals("sheet.csv", UploadChecks.safeName("/"));
        assertEquals(200, UploadChecks.safeName("x".repeat(500)).length());
    }

    @Test
    void utf8FileNamesReadAsLatin1AreRepairedAndOthersKept() {
        String garbled = new String("结果表.csv".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("结果表.csv", UploadChecks.multipartFileName(garbled));
        assertEquals("résumé.csv", UploadChecks.multipartFileName("résumé.csv"), "real Latin-1 stays as it is");
        assertEquals("结果表.csv", UploadChecks.multipartFileName("结果表.csv"));
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        assertTrue(UploadChecks.isCsvText("agency,indicator,score\nHZ,LAW,90\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(UploadChecks.isCsvText("<!DOCTYPE html><html><body></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(UploadChecks.isCsvText("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)));
    }
}
