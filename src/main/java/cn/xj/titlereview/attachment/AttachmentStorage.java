package cn.xj.titlereview.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.security.SecureRandom;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files under {@code titlereview.attachments.dir}, named by 128 random bits (never by anything the
 * client sent), two-level fan-out. Written to a temporary name and moved into place; a file written
 * in a transaction that rolls back is removed again. Existing files are never overwritten.
 */
@Component
class AttachmentStorage {

    private final Path base;
    private final SecureRandom random = new SecureRandom();

    AttachmentStorage(AttachmentProperties properties) {
        this.base = properties.dir().toAbsolutePath().normalize();
    }

    Path base() {
        return base;
    }

    /** Stores the bytes; the relative path to keep. */
    String store(byte[] data) {
        byte[] name = new byte[16];
        random.nextBytes(name);
        String hex = HexFormat.of().formatHex(name);
        String relative = hex.substring(0, 2) + "/" + hex + ".jpg";
        Path target = resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "upload", ".tmp");
            try {
                Files.write(temporary, data);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("附件文件写入失败", e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(target);
                    }
                }
            });
        }
        return relative;
    }

    byte[] read(String relative) {
        try {
            return Files.readAllBytes(resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("附件文件读取失败", e);
        }
    }

    /** The file's path; refuses anything that would lead outside the base directory. */
    Path resolve(String relative) {
        Path path = base.resolve(relative).normalize();
        if (!path.startsWith(base) || path.equals(base)) {
            throw new IllegalArgumentException("附件路径无效");
        }
        return path;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // an orphan file is harmless; the row that would have named it does not exist
        }
    }
}
