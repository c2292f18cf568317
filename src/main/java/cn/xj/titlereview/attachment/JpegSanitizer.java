package cn.xj.titlereview.attachment;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Accepts a JPG by its content only and writes it anew.
 *
 * <ol>
 *   <li>size within the limit; starts with the JPEG magic bytes FF D8 FF (a PNG, SVG or HTML file
 *       named .jpg is refused, and told what it is);
 *   <li>the pixel dimensions are read from the frame header (SOF) BEFORE decoding, so a small
 *       file declaring a huge image (decompression bomb) is refused without allocating it;
 *   <li>decoded completely with ImageIO: a decoder warning (e.g. premature end of data) or a file
 *       that does not end with the EOI marker FF D9 is refused as truncated;
 *   <li>turned upright by the EXIF orientation, then encoded anew: nothing of the original
 *       metadata (EXIF, GPS, comments, ICC, trailing data) survives.
 * </ol>
 *
 * Decoding is limited to a few at a time, since a large image takes a lot of memory.
 */
public class JpegSanitizer {

    static final float QUALITY = 0.9f;

    private final long maxBytes;
    private final long maxPixels;
    private final Semaphore decodes;

    public JpegSanitizer(long maxBytes, long maxPixels, int maxConcurrentDecodes) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
        this.decodes = new Semaphore(Math.max(1, maxConcurrentDecodes), true);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public SanitizedImage sanitize(byte[] data) throws ImageRejectedException {
        if (data == null || data.length == 0) {
            throw new ImageRejectedException("必填", "文件为空");
        }
        if (data.length > maxBytes) {
            throw new ImageRejectedException("大小", "文件大小超过 " + megabytes(maxBytes) + " MB 的上限");
        }
        if (!(data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF)) {
            throw new ImageRejectedException("文件类型", "只接受JPG图片（按文件内容判断）" + describe(data));
        }
        if (!endsWithEoi(data)) {
            throw new ImageRejectedException("完整性", "JPG图片不完整或已损坏（缺少结束标记），请重新扫描或导出后上传");
        }
        try {
            decodes.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageRejectedException("完整性", "图片处理被中断，请重试");
        }
        try {
            BufferedImage image = decode(data);
            image = upright(image, ExifOrientation.of(data));
            byte[] jpeg = encode(image);
            return new SanitizedImage(jpeg, image.getWidth(), image.getHeight());
        } finally {
            decodes.release();
        }
    }

    private BufferedImage decode(byte[] data) throws ImageRejectedException {
        ImageReader reader = jpegReader();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(in, true, true);
            long width;
            long height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw new ImageRejectedException("完整性", "无法读取JPG图片的尺寸，文件已损坏");
            }
            if (width <= 0 || height <= 0) {
                throw new ImageRejectedException("完整性", "JPG图片的尺寸无效");
            }
            if (width * height > maxPixels) {
                throw new ImageRejectedException("像素", "图片像素过多（" + width + "×" + height + "），上限为 "
                        + (maxPixels / 1_000_000) + " 百万像素，请缩小后上传");
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image;
            try {
                image = reader.read(0);
            } catch (IOException | RuntimeException e) {
                throw new ImageRejectedException("完整性", "JPG图片无法解码（文件已损坏，或是不支持的CMYK等格式）");
            }
            if (!warnings.isEmpty()) {
                throw new ImageRejectedException("完整性", "JPG图片不完整或已损坏，请重新扫描或导出后上传");
            }
            return image;
        } catch (IOException e) {
            throw new ImageRejectedException("完整性", "JPG图片无法读取");
        } finally {
            reader.dispose();
        }
    }

    static ImageReader jpegReader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        if (!readers.hasNext()) {
            throw new IllegalStateException("ImageIO 没有 JPEG 解码器");
        }
        return readers.next();
    }

    /** Writes the image as a new baseline JPG (JFIF, no other metadata). */
    static byte[] encode(BufferedImage image) {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR && image.getType() != BufferedImage.TYPE_BYTE_GRAY
                && image.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPG 编码失败", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The image as it should be seen, following the EXIF orientation (1 to 8). */
    static BufferedImage upright(BufferedImage src, int orientation) {
        int w = src.getWidth();
        int h = src.getHeight();
        AffineTransform t;
        boolean swap = false;
        switch (orientation) {
            case 2 -> t = new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> t = new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> t = new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> { t = new AffineTransform(0, 1, 1, 0, 0, 0); swap = true; }
            case 6 -> { t = new AffineTransform(0, 1, -1, 0, h, 0); swap = true; }
            case 7 -> { t = new AffineTransform(0, -1, -1, 0, h, w); swap = true; }
            case 8 -> { t = new AffineTransform(0, -1, 1, 0, 0, w); swap = true; }
            default -> {
                return src;
            }
        }
        int type = src.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_3BYTE_BGR;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, type);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, t, null);
        g.dispose();
        return out;
    }

    /** Ends with FF D9, ignoring zero padding some scanners append. */
    static boolean endsWithEoi(byte[] data) {
        int end = data.length;
        while (end > 0 && data[end - 1] == 0) {
            end--;
        }
        return end >= 4 && (data[end - 2] & 0xFF) == 0xFF && (data[end - 1] & 0xFF) == 0xD9;
    }

    /** What the content looks like, for the refusal message. */
    static String describe(byte[] data) {
        if (startsWith(data, 0x89, 'P', 'N', 'G')) {
            return "：文件内容是PNG图片";
        }
        if (startsWith(data, 'G', 'I', 'F', '8')) {
            return "：文件内容是GIF图片";
        }
        if (startsWith(data, '%', 'P', 'D', 'F')) {
            return "：文件内容是PDF文档";
        }
        if (startsWith(data, 'B', 'M')) {
            return "：文件内容是BMP图片";
        }
        if (startsWith(data, 'R', 'I', 'F', 'F')) {
            return "：文件内容是WebP等RIFF格式";
        }
        if (data.length > 12 && data[4] == 'f' && data[5] == 't' && data[6] == 'y' && data[7] == 'p') {
            return "：文件内容是HEIC/MP4等格式";
        }
        String head = new String(data, 0, Math.min(data.length, 256), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading();
        if (head.startsWith("<")) {
            return "：文件内容是文本（HTML、SVG或XML），不是图片";
        }
        return "：文件内容不是JPG图片";
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
