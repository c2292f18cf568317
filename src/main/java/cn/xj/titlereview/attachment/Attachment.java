package cn.xj.titlereview.attachment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One uploaded page (one JPG image) of a material. The files live outside the engine's database
 * under random names; {@code publicId} (random) is what the API shows. A deleted attachment stays
 * recorded (submitted versions refer to it) but is no longer listed.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", length = 36, nullable = false, unique = true, updatable = false)
    private String publicId;

    @Column(name = "application_no", length = 20, nullable = false, updatable = false)
    private String applicationNo;

    @Column(name = "category", length = 64, nullable = false)
    private String category;

    @Column(name = "original_name", length = 400, nullable = false)
    private String originalName;

    @Column(name = "stored_file", length = 100, nullable = false, updatable = false)
    private String storedFile;

    @Column(name = "masked_file", length = 100)
    private String maskedFile;

    @Column(name = "width_px", nullable = false)
    private int width;

    @Column(name = "height_px", nullable = false)
    private int height;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", length = 64, nullable = false)
    private String sha256;

    @Column(name = "needs_masking")
    private Boolean needsMasking;

    @Column(name = "mask_json", length = 20000)
    private String maskJson;

    @Column(name = "uploaded_by", length = 64, nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "deleted", nullable = false)
    private boolean deleted;

    protected Attachment() {
    }

    Attachment(String publicId, String applicationNo, String category, String originalName, String storedFile,
               int width, int height, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
        this.publicId = publicId;
        this.applicationNo = applicationNo;
        this.category = category;
        this.originalName = originalName;
        this.storedFile = storedFile;
        this.width = width;
        this.height = height;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void masked(Boolean needsMasking, String maskedFile, String maskJson) {
        this.needsMasking = needsMasking;
        this.maskedFile = maskedFile;
        this.maskJson = maskJson;
    }

    void delete() {
        this.deleted = true;
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public String applicationNo() {
        return applicationNo;
    }

    public String category() {
        return category;
    }

    public String originalName() {
        return originalName;
    }

    String storedFile() {
        return storedFile;
    }

    String maskedFile() {
        return maskedFile;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Boolean needsMasking() {
        return needsMasking;
    }

    String maskJson() {
        return maskJson;
    }

    public boolean hasMaskedCopy() {
        return maskedFile != null;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public boolean deleted() {
        return deleted;
    }

    /** Ready for reviewers: masking decided, and done where needed. */
    public boolean maskingSettled() {
        return Boolean.FALSE.equals(needsMasking) || (Boolean.TRUE.equals(needsMasking) && maskedFile != null);
    }
}
