package cn.xj.titlereview.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class JpegSanitizerTest {

    private final JpegSanitizer sanitizer = new JpegSanitizer(5L * 1024 * 1024, 40_000_000L, 2);

    @Test
    void acceptsARealJpgAndEncodesItAnew() throws Exception {
        byte[] original = TestImages.jpg(320, 200);
        SanitizedImage stored = sanitizer.sanitize(original);
        assertThat(stored.width()).isEqualTo(320);
        assertThat(stored.height()).isEqualTo(200);
        assertThat(stored.jpeg()).isNotEqualTo(original);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored.jpeg()));
        assertThat(decoded.getWidth()).isEqualTo(320);
        assertThat(Arrays.copyOf(stored.jpeg(), 3)).containsExactly(0xFF, 0xD8, 0xFF);
    }

    @Test
    void dropsExifAndItsPrivateData() {
        byte[] withExif = TestImages.withExif(TestImages.jpg(64, 48), 1, "GPS 43.82N 87.61E owner ZhangWei");
        assertThat(TestImages.segments(withExif)).contains(0xE1);
        SanitizedImage stored = sanitize(withExif);
        assertThat(TestImages.segments(stored.jpeg())).doesNotContain(0xE1);
        assertThat(TestImages.contains(stored.jpeg(), "Exif")).isFalse();
        assertThat(TestImages.contains(stored.jpeg(), "GPS")).isFalse();
        assertThat(TestImages.contains(stored.jpeg(), "ZhangWei")).isFalse();
    }

    @Test
    void turnsAPictureUprightByItsExifOrientation() {
        byte[] sideways = TestImages.withExif(TestImages.jpg(64, 48), 6, "phone");
        SanitizedImage stored = sanitize(sideways);
        assertThat(stored.width()).isEqualTo(48);
        assertThat(stored.height()).isEqualTo(64);
        assertThat(ExifOrientation.of(sideways)).isEqualTo(6);
        assertThat(ExifOrientation.of(stored.jpeg())).isEqualTo(1);
    }

    @Test
    void refusesAPngNamedJpg() {
        assertRejected(TestImages.png(20, 20), "文件类型", "PNG");
    }

    @Test
    void refusesAnSvgNamedJpg() {
        assertRejected(TestImages.svg(), "文件类型", "SVG");
    }

    @Test
    void refusesHtml() {
        assertRejected(TestImages.html(), "文件类型", "HTML");
    }

    @Test
    void refusesHtmlBehindTheJpegMagicBytes() {
        byte[] html = TestImages.html();
        byte[] disguised = new byte[html.length + 3];
        disguised[0] = (byte) 0xFF;
        disguised[1] = (byte) 0xD8;
        disguised[2] = (byte) 0xFF;
        System.arraycopy(html, 0, disguised, 3, html.length);
        assertThatThrownBy(() -> sanitizer.sanitize(disguised)).isInstanceOf(ImageRejectedException.class);
    }

    @Test
    void refusesATruncatedJpg() {
        assertRejected(TestImages.truncated(TestImages.jpg(320, 240), 0.6), "完整性", "不完整");
    }

    @Test
    void refusesATruncatedJpgEvenWithAnEndMarker() {
        assertRejected(TestImages.truncatedWithEndMarker(TestImages.jpg(320, 240), 0.6), "完整性", "");
    }

    @Test
    void refusesAHugeDeclaredSizeBeforeDecoding() {
        byte[] bomb = TestImages.withDeclaredSize(TestImages.jpg(64, 64), 60000, 60000);
        assertThat(bomb.length).isLessThan(20_000);
        long before = usedMemory();
        assertRejected(bomb, "像素", "60000×60000");
        // 3.6 billion pixels were never allocated
        assertThat(usedMemory() - before).isLessThan(500L * 1024 * 1024);
    }

    @Test
    void refusesMoreThanTheConfiguredPixels() {
        JpegSanitizer small = new JpegSanitizer(5L * 1024 * 1024, 10_000, 1);
        assertThatThrownBy(() -> small.sanitize(TestImages.jpg(101, 100)))
                .isInstanceOf(ImageRejectedException.class).hasMessageContaining("像素");
    }

    @Test
    void refusesFilesOverTheSizeLimit() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertRejected(big, "大小", "5 MB");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRejected(new byte[0], "必填", "为空");
    }

    @Test
    void acceptsGreyscaleScans() {
        BufferedImage grey = new BufferedImage(100, 80, BufferedImage.TYPE_BYTE_GRAY);
        SanitizedImage stored = sanitize(TestImages.write(grey, "jpg"));
        assertThat(stored.width()).isEqualTo(100);
    }

    private SanitizedImage sanitize(byte[] data) {
        try {
            return sanitizer.sanitize(data);
        } catch (ImageRejectedException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private void assertRejected(byte[] data, String rule, String messagePart) {
        assertThatThrownBy(() -> sanitizer.sanitize(data))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessageContaining(messagePart)
                .satisfies(e -> assertThat(((ImageRejectedException) e).rule()).isEqualTo(rule));
    }

    private static long usedMemory() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
