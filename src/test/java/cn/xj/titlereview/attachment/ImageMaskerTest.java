package cn.xj.titlereview.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ImageMaskerTest {

    @Test
    void everyPixelInsideTheRectanglesIsBlack() throws Exception {
        byte[] stored = new JpegSanitizer(5L << 20, 40_000_000L, 1).sanitize(TestImages.jpg(333, 250)).jpeg();
        List<MaskRectangle> rectangles = List.of(new MaskRectangle(5, 7, 150, 30), new MaskRectangle(200, 181, 133, 69));

        BufferedImage masked = ImageIO.read(new ByteArrayInputStream(ImageMasker.mask(stored, rectangles)));

        assertThat(masked.getWidth()).isEqualTo(333);
        for (MaskRectangle r : rectangles) {
            for (int y = r.y(); y < r.y() + r.height(); y++) {
                for (int x = r.x(); x < r.x() + r.width(); x++) {
                    int rgb = masked.getRGB(x, y);
                    int max = Math.max((rgb >> 16) & 0xFF, Math.max((rgb >> 8) & 0xFF, rgb & 0xFF));
                    assertThat(max).as("pixel %d,%d", x, y).isLessThanOrEqualTo(2);
                }
            }
        }
    }

    @Test
    void leavesTheRestOfThePage() throws Exception {
        byte[] stored = new JpegSanitizer(5L << 20, 40_000_000L, 1).sanitize(TestImages.jpg(320, 240)).jpeg();
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(stored));
        BufferedImage masked = ImageIO.read(new ByteArrayInputStream(
                ImageMasker.mask(stored, List.of(new MaskRectangle(0, 0, 16, 16)))));
        // far from the mask the page looks as before (up to re-compression)
        int a = before.getRGB(300, 200);
        int b = masked.getRGB(300, 200);
        assertThat(Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF))).isLessThan(24);
        assertThat(((b >> 16) & 0xFF) + ((b >> 8) & 0xFF) + (b & 0xFF)).isGreaterThan(30);
    }

    @Test
    void rectanglesMustLieInsideTheImage() {
        assertThat(AttachmentService.checkRectangle("r", new MaskRectangle(0, 0, 100, 50), 100, 50)).isEmpty();
        assertThat(AttachmentService.checkRectangle("r", new MaskRectangle(1, 0, 100, 50), 100, 50))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("超出图片范围"));
        assertThat(AttachmentService.checkRectangle("r", new MaskRectangle(-1, 0, 10, 10), 100, 50)).hasSize(1);
        assertThat(AttachmentService.checkRectangle("r", new MaskRectangle(0, 0, 0, 10), 100, 50)).hasSize(1);
        assertThat(AttachmentService.checkRectangle("r", new MaskRectangle(null, 0, 10, 10), 100, 50)).hasSize(1);
        assertThat(AttachmentService.checkRectangle("r", new MaskRectangle(Integer.MAX_VALUE, 0, 10, 10), 100, 50))
                .hasSize(1);
    }
}
