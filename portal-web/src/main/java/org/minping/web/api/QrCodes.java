package org.minping.web.api;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes: those that open the appraisal form, printed for service halls and counters, and those an authenticator app reads. */
public final class QrCodes {

    /** Pixels per side: sharp when printed at 5 cm, small enough to serve (about 1 KB). */
    static final int SIZE = 480;
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private QrCodes() {
    }

    /** A PNG of the URL, with medium error correction so a worn or smudged print still scans. */
    static byte[] png(String url) {
        return png(url, SIZE);
    }

    /**
     * A PNG of the text as a data: URI, for a code shown on a screen once (an app's secret), which
     * no address of the portal should serve.
     */
    public static String pngDataUri(String text, int size) {
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png(text, size));
    }

    private static byte[] png(String url, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, com.google.zxing.BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("the URL does not fit in a QR code: " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
