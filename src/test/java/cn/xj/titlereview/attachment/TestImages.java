package cn.xj.titlereview.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

/** Images made for the tests: real JPGs and PNGs from ImageIO, and crafted broken or hostile files. */
public final class TestImages {

    private TestImages() {
    }

    /** A colourful picture (not flat, so compression has something to do). */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        for (int y = 0; y < height; y += 8) {
            for (int x = 0; x < width; x += 8) {
                g.setColor(new Color((x * 255) / width, (y * 255) / height, ((x + y) * 7) % 256));
                g.fillRect(x, y, 8, 8);
            }
        }
        g.setColor(Color.WHITE);
        g.drawString("张伟 新疆天山有色金属设计研究院", 10, Math.min(height - 5, 30));
        g.dispose();
        return image;
    }

    public static byte[] jpg(int width, int height) {
        return write(picture(width, height), "jpg");
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height), "png");
    }

    public static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] svg() {
        return """
                <?xml version="1.0"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The first part of a JPG only. */
    public static byte[] truncated(byte[] jpg, double fraction) {
        return Arrays.copyOf(jpg, (int) (jpg.length * fraction));
    }

    /** The first part of a JPG with an end marker glued on, so only the decoder can tell. */
    public static byte[] truncatedWithEndMarker(byte[] jpg, double fraction) {
        byte[] head = truncated(jpg, fraction);
        byte[] out = Arrays.copyOf(head, head.length + 2);
        out[out.length - 2] = (byte) 0xFF;
        out[out.length - 1] = (byte) 0xD9;
        return out;
    }

    /** The JPG with its frame header (SOF) declaring another size; the data stays small. */
    public static byte[] withDeclaredSize(byte[] jpg, int width, int height) {
        byte[] out = jpg.clone();
        int pos = 2;
        while (pos + 4 < out.length) {
            int marker = out[pos + 1] & 0xFF;
            int length = ((out[pos + 2] & 0xFF) << 8) | (out[pos + 3] & 0xFF);
            if (marker >= 0xC0 && marker <= 0xC3) {
                out[pos + 5] = (byte) (height >> 8);
                out[pos + 6] = (byte) height;
                out[pos + 7] = (byte) (width >> 8);
                out[pos + 8] = (byte) width;
                return out;
            }
            pos += 2 + length;
        }
        throw new IllegalStateException("no SOF marker");
    }

    /**
     * The JPG with an EXIF APP1 segment right after SOI: orientation and an image description
     * that stands for private data (GPS position, camera owner).
     */
    public static byte[] withExif(byte[] jpg, int orientation, String description) {
        byte[] text = (description + "\0").getBytes(StandardCharsets.US_ASCII);
        // TIFF: header (8) + IFD count (2) + 2 entries (24) + next IFD (4) = 38, then the text
        ByteBuffer tiff = ByteBuffer.allocate(38 + text.length);
        tiff.put(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(38);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        tiff.put(text);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff.array()).array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpg, 2, jpg.length - 2);
        return out.toByteArray();
    }

    /** Marker codes of the segments before the scan data (e.g. 0xE0 APP0, 0xE1 APP1/EXIF). */
    public static List<Integer> segments(byte[] jpg) {
        List<Integer> markers = new ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpg.length && (jpg[pos] & 0xFF) == 0xFF) {
            int marker = jpg[pos + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            pos += 2 + (((jpg[pos + 2] & 0xFF) << 8) | (jpg[pos + 3] & 0xFF));
        }
        return markers;
    }

    public static boolean contains(byte[] data, String text) {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
