package cn.xj.titlereview.attachment;

/** A JPG as the product stores it: decoded and written anew (no metadata), with its size in pixels. */
public record SanitizedImage(byte[] jpeg, int width, int height) {
}
