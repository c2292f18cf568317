package cn.xj.titlereview.attachment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The original file name is only shown, never used to store or type the file. Still it must be
 * harmless: no path parts, no control or invisible formatting characters (a right-to-left override
 * can disguise an extension), limited length.
 */
final class FileNames {

    static final int MAX_LENGTH = 100;
    static final String FALLBACK = "附件.jpg";

    private FileNames() {
    }

    /** The name to keep; {@link ImageRejectedException} with rule 文件名 when it is not acceptable. */
    static String check(String original) throws ImageRejectedException {
        if (original == null || original.isBlank()) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(original.strip(), Normalizer.Form.NFC);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == 0) {
                throw new ImageRejectedException("文件名", "文件名含有空字符");
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw new ImageRejectedException("文件名", "文件名含有控制字符或不可见的格式字符");
            }
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0) {
            throw new ImageRejectedException("文件名", "文件名不得包含路径");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new ImageRejectedException("文件名", "文件名无效");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new ImageRejectedException("文件名", "文件名过长（上限" + MAX_LENGTH + "个字符）");
        }
        return name;
    }

    /** The name offered on download: always ending in .jpg, since the content is JPG. */
    static String downloadName(String kept) {
        String lower = kept.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? kept : kept + ".jpg";
    }
}
