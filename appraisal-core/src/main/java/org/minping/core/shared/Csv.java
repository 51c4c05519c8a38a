package org.minping.core.shared;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/** What every CSV import of the portal needs before parsing. */
public final class Csv {

    private Csv() {
    }

    /** Spreadsheet programs save UTF-8 CSV with a byte-order mark; it is not part of the header. */
    public static Reader withoutByteOrderMark(Reader csv) throws IOException {
        PushbackReader reader = new PushbackReader(csv, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
