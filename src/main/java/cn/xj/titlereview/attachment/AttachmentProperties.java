package cn.xj.titlereview.attachment;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code titlereview.attachments.*}: where the files live (outside the engine's database), and the
 * limits of one upload. Every value has a default, so nothing needs to be configured.
 */
@ConfigurationProperties("titlereview.attachments")
public record AttachmentProperties(
        /* directory of the files; default ./data/attachments */
        Path dir,
        /* largest accepted file; default 5MB */
        DataSize maxFileSize,
        /* largest accepted image (width × height, read from the header before decoding); default 40 million */
        Long maxPixels,
        /* pages per application; default 300 */
        Integer maxPerApplication,
        /* images decoded at the same time (memory); default 2 */
        Integer maxConcurrentDecodes) {

    public AttachmentProperties {
        dir = dir == null ? Path.of("data", "attachments") : dir;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(5) : maxFileSize;
        maxPixels = maxPixels == null ? 40_000_000L : maxPixels;
        maxPerApplication = maxPerApplication == null ? 300 : maxPerApplication;
        maxConcurrentDecodes = maxConcurrentDecodes == null ? 2 : maxConcurrentDecodes;
    }
}
