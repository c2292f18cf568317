package cn.xj.titlereview.declaration;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import cn.xj.titlereview.notice.Level;

/**
 * The title held now and how it was obtained ("无" as name for a first application; level, date
 * and place then stay empty). Obtained outside Xinjiang: the notices ask for more proof.
 */
@Embeddable
public record CurrentTitle(
        @Column(name = "title_name", length = Limits.LABEL) String name,
        @Enumerated(EnumType.STRING) @Column(name = "title_level", length = 20) Level level,
        @Column(name = "title_obtained_on") LocalDate obtainedOn,
        @Column(name = "title_in_xinjiang") Boolean obtainedInXinjiang,
        @Column(name = "title_issuer", length = Limits.ORGANISATION) String issuer,
        @Column(name = "title_certificate_no", length = Limits.LABEL) String certificateNo) {

    public boolean none() {
        return "无".equals(name);
    }
}
