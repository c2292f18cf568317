package cn.xj.titlereview.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.attachment.ApplicationAttachmentAccess.Access;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.security.ApiUser;

/**
 * Uploads, masking and serving of attachments. Heavy work (decoding, encoding) happens before the
 * short transaction that checks the application again (locked) and records the result, so a
 * submission never sees half an upload and nothing is written when a check fails.
 */
@Service
public class AttachmentService {

    static final int MAX_RECTANGLES = 50;
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

    private final AttachmentRepository attachments;
    private final AttachmentStorage storage;
    private final ApplicationAttachmentAccess access;
    private final AttachmentProperties properties;
    private final JpegSanitizer sanitizer;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final AuditLog auditLog;

    AttachmentService(AttachmentRepository attachments, AttachmentStorage storage, ApplicationAttachmentAccess access,
                      AttachmentProperties properties, PlatformTransactionManager transactionManager,
                      ObjectMapper json, AuditLog auditLog) {
        this.attachments = attachments;
        this.storage = storage;
        this.access = access;
        this.properties = properties;
        this.sanitizer = new JpegSanitizer(properties.maxFileSize().toBytes(), properties.maxPixels(),
                properties.maxConcurrentDecodes());
        this.transaction = new TransactionTemplate(transactionManager);
        this.json = json;
        this.auditLog = auditLog;
    }

    /** A file as received: name and size as the client states them, content read on demand. */
    public interface Upload {
        String originalName();

        long size();

        byte[] bytes() throws java.io.IOException;
    }

    /** Bytes to send and the name to offer. */
    public record StoredFile(byte[] content, String downloadName) {
    }

    public AttachmentView upload(String applicationNo, String category, Upload file, ApiUser user) {
        requireEdit(access.accessForEdit(applicationNo, user));
        Problems problems = new Problems();
        if (category == null || category.isBlank()) {
            problems.add("category", "必填", "请选择材料类别");
        } else if (!CATEGORY.matcher(category.trim()).matches()) {
            problems.add("category", "格式", "材料类别须为通知中的材料编号（小写字母、数字和连字符）");
        }
        String name = null;
        SanitizedImage image = null;
        if (file == null) {
            problems.add("file", "必填", "请选择要上传的JPG文件");
            problems.throwIfAny("附件不符合要求");
        }
        try {
            name = FileNames.check(file.originalName());
        } catch (ImageRejectedException e) {
            problems.add("file", e.rule(), e.getMessage());
        }
        if (file.size() > sanitizer.maxBytes()) {
            problems.add("file", "大小", "文件大小超过 " + properties.maxFileSize().toMegabytes() + " MB 的上限");
        } else {
            try {
                image = sanitizer.sanitize(file.bytes());
            } catch (ImageRejectedException e) {
                problems.add("file", e.rule(), e.getMessage());
            } catch (java.io.IOException e) {
                problems.add("file", "完整性", "文件上传不完整，请重试");
            }
        }
        problems.throwIfAny("附件不符合要求");
        String keptName = name;
        SanitizedImage accepted = image;
        return transaction.execute(status -> {
            requireEdit(access.accessForChange(applicationNo, user));
            if (attachments.countLive(applicationNo) >= properties.maxPerApplication()) {
                throw ApiProblemException.conflict("附件数量已达上限（" + properties.maxPerApplication() + "个）");
            }
            String stored = storage.store(accepted.jpeg());
            Attachment attachment = new Attachment(UUID.randomUUID().toString(), applicationNo, category.trim(),
                    keptName, stored, accepted.width(), accepted.height(), accepted.jpeg().length,
                    sha256(accepted.jpeg()), user.userId(), ProductClock.now());
            attachments.save(attachment);
            log.info("附件已上传：申报 {}，类别 {}，附件 {}", applicationNo, attachment.category(), attachment.publicId());
            return view(attachment);
        });
    }

    public AttachmentView mask(String publicId, MaskRequest request, ApiUser user) {
        Attachment found = find(publicId);
        requireEdit(access.accessForEdit(found.applicationNo(), user));
        Problems problems = new Problems();
        List<MaskRectangle> rectangles = request == null || request.rectangles() == null
                ? List.of() : request.rectangles();
        Boolean needsMasking = request == null ? null : request.needsMasking();
        if (needsMasking == null) {
            problems.add("needsMasking", "必填", "请确认本页是否需要遮盖");
        } else if (needsMasking && rectangles.isEmpty()) {
            problems.add("rectangles", "必填", "需要遮盖时至少标出一处遮盖区域");
        } else if (!needsMasking && !rectangles.isEmpty()) {
            problems.add("rectangles", "一致性", "不需要遮盖时不应标出遮盖区域");
        }
        if (rectangles.size() > MAX_RECTANGLES) {
            problems.add("rectangles", "数量", "遮盖区域最多" + MAX_RECTANGLES + "处");
        }
        for (int i = 0; i < rectangles.size() && i < MAX_RECTANGLES; i++) {
            problems.addAll(checkRectangle("rectangles[" + i + "]", rectangles.get(i), found.width(), found.height()));
        }
        problems.throwIfAny("遮盖设置有误");
        byte[] masked = Boolean.TRUE.equals(needsMasking)
                ? ImageMasker.mask(storage.read(found.storedFile()), rectangles) : null;
        return transaction.execute(status -> {
            requireEdit(access.accessForChange(found.applicationNo(), user));
            Attachment attachment = find(publicId);
            String maskedFile = masked == null ? null : storage.store(masked);
            attachment.masked(needsMasking, maskedFile, masked == null ? null : write(rectangles));
            attachments.save(attachment);
            return view(attachment);
        });
    }

    public void delete(String publicId, ApiUser user) {
        requireEdit(access.accessForEdit(find(publicId).applicationNo(), user));
        transaction.executeWithoutResult(status -> {
            Attachment attachment = find(publicId);
            requireEdit(access.accessForChange(attachment.applicationNo(), user));
            attachment.delete();
            attachments.save(attachment);
        });
    }

    /**
     * The owner gets the stored copy (or, asking for it, the masked copy); everyone else allowed to
     * review gets the masked copy, or the stored copy of a page confirmed to need no masking; experts
     * get it under a name of its category, never the file's own name. Every download by someone other
     * than the owner is in the audit log before the bytes leave.
     */
    public StoredFile download(String publicId, boolean maskedRequested, ApiUser user) {
        Attachment attachment = find(publicId);
        Access granted = access.accessTo(attachment.applicationNo(), user);
        String name = FileNames.downloadName(attachment.originalName());
        switch (granted) {
            case EDIT, OWNER_READ -> {
                if (!maskedRequested) {
                    return new StoredFile(storage.read(attachment.storedFile()), name);
                }
                return new StoredFile(reviewerCopy(attachment), name);
            }
            case REVIEW, BLIND_REVIEW -> {
                byte[] copy = reviewerCopy(attachment);
                log.info("查看附件：用户 {}，申报 {}，附件 {}", user.userId(), attachment.applicationNo(), publicId);
                auditLog.view(user.userId(), AuditAction.VIEW_ATTACHMENT, attachment.applicationNo(),
                        "查看申报材料：附件 " + publicId + "（" + attachment.category() + "）");
                return new StoredFile(copy, granted == Access.BLIND_REVIEW ? blindName(attachment) : name);
            }
            default -> throw ApiProblemException.forbidden("无权查看该附件");
        }
    }

    private static String blindName(Attachment attachment) {
        return attachment.category() + ".jpg";
    }

    private byte[] reviewerCopy(Attachment attachment) {
        if (attachment.hasMaskedCopy() && Boolean.TRUE.equals(attachment.needsMasking())) {
            return storage.read(attachment.maskedFile());
        }
        if (Boolean.FALSE.equals(attachment.needsMasking())) {
            return storage.read(attachment.storedFile());
        }
        throw ApiProblemException.conflict("该附件尚未完成遮盖确认，暂不能查看遮盖后的图片");
    }

    /** The live attachments of an application, in upload order. */
    public List<AttachmentView> list(String applicationNo) {
        return attachments.live(applicationNo).stream().map(this::view).toList();
    }

    /** The list, for someone allowed to see the application. */
    public List<AttachmentView> listVisible(String applicationNo, ApiUser user) {
        Access granted = access.accessTo(applicationNo, user);
        if (granted == Access.NONE) {
            throw ApiProblemException.forbidden("无权查看该申报的材料");
        }
        if (granted == Access.BLIND_REVIEW) {
            // a file name may carry the applicant's name; the checksum is of the unmasked page
            return attachments.live(applicationNo).stream().map(this::view)
                    .map(v -> new AttachmentView(v.id(), v.category(), null, v.width(), v.height(), v.sizeBytes(),
                            null, v.needsMasking(), v.masked(), v.rectangles(), v.uploadedAt()))
                    .toList();
        }
        return list(applicationNo);
    }

    static List<FieldProblem> checkRectangle(String field, MaskRectangle r, int width, int height) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r == null || r.x() == null || r.y() == null || r.width() == null || r.height() == null) {
            problems.add(new FieldProblem(field, "必填", "遮盖区域须给出 x、y、width、height"));
            return problems;
        }
        if (r.x() < 0 || r.y() < 0) {
            problems.add(new FieldProblem(field, "范围", "遮盖区域的起点不能为负数"));
        }
        if (r.width() < 1 || r.height() < 1) {
            problems.add(new FieldProblem(field, "范围", "遮盖区域的宽和高至少为1像素"));
        }
        if ((long) r.x() + r.width() > width || (long) r.y() + r.height() > height) {
            problems.add(new FieldProblem(field, "范围",
                    "遮盖区域超出图片范围（图片为 " + width + "×" + height + " 像素）"));
        }
        return problems;
    }

    private Attachment find(String publicId) {
        return attachments.findLive(publicId).orElseThrow(() -> ApiProblemException.notFound("附件不存在"));
    }

    private static void requireEdit(Access granted) {
        switch (granted) {
            case EDIT -> {
                return;
            }
            case OWNER_READ -> throw ApiProblemException.conflict("申报已提交，当前不能修改材料");
            default -> throw ApiProblemException.forbidden("只有申报人本人可以修改本申报的材料");
        }
    }

    AttachmentView view(Attachment a) {
        return new AttachmentView(a.publicId(), a.category(), a.originalName(), a.width(), a.height(), a.sizeBytes(),
                a.sha256(), a.needsMasking(), a.hasMaskedCopy(), read(a.maskJson()), a.uploadedAt());
    }

    private String write(List<MaskRectangle> rectangles) {
        try {
            return json.writeValueAsString(rectangles);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MaskRectangle> read(String value) {
        if (value == null) {
            return List.of();
        }
        try {
            return json.readValue(value, new TypeReference<List<MaskRectangle>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
