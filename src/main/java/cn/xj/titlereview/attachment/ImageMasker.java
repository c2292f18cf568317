package cn.xj.titlereview.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Blacks out rectangles of a stored (already sanitised) JPG and encodes the result as a new JPG.
 * Each rectangle is widened to whole 16×16 pixel blocks (the JPEG coding unit), so the compressed
 * copy is black up to and including the requested edges, with no ringing of what was under it.
 */
final class ImageMasker {

    static final int BLOCK = 16;

    private ImageMasker() {
    }

    static byte[] mask(byte[] storedJpeg, List<MaskRectangle> rectangles) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(storedJpeg));
        } catch (IOException e) {
            throw new IllegalStateException("已存储的图片无法读取", e);
        }
        if (image == null) {
            throw new IllegalStateException("已存储的图片无法读取");
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        for (MaskRectangle r : rectangles) {
            int x0 = Math.max(0, (r.x() / BLOCK) * BLOCK);
            int y0 = Math.max(0, (r.y() / BLOCK) * BLOCK);
            int x1 = Math.min(image.getWidth(), ceil(r.x() + r.width()));
            int y1 = Math.min(image.getHeight(), ceil(r.y() + r.height()));
            g.fillRect(x0, y0, x1 - x0, y1 - y0);
        }
        g.dispose();
        return JpegSanitizer.encode(image);
    }

    private static int ceil(int value) {
        return ((value + BLOCK - 1) / BLOCK) * BLOCK;
    }
}
