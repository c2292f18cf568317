/**
 * Materials: one JPG image per page, under {@code titlereview.attachments.dir} (default
 * {@code ./data/attachments}) with random names. Accepted by content only
 * ({@link cn.xj.titlereview.attachment.JpegSanitizer}: magic bytes, size limit, pixel limit read
 * from the frame header before decoding, full decode without warnings, end marker), turned upright
 * by the EXIF orientation and encoded anew, so no metadata (EXIF, GPS) is kept. The original file
 * name is only shown, and refused with path parts, null bytes or control characters. The applicant
 * confirms per page whether it shows their name or unit and blacks those out
 * ({@code POST /api/attachments/{id}/masks}); reviewers and experts only ever get the blacked-out
 * copy (or the page confirmed to need none). Files are served as downloads with {@code nosniff}.
 */
package cn.xj.titlereview.attachment;
