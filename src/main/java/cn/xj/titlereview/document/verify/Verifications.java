package cn.xj.titlereview.document.verify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.application.ApplicationStatus;
import cn.xj.titlereview.document.source.DocumentRecords.ApplicationRow;
import cn.xj.titlereview.document.source.DocumentRecords;
import cn.xj.titlereview.document.source.Labels;
import cn.xj.titlereview.notice.Labelled;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticeDefinition;

/**
 * What the public verification page says about a code, and nothing else: the kind of document, the
 * application or certificate number, the name masked (张*), the notice, the status and the date, and
 * whether the copy is current: a form printed from an earlier submission, or a certificate of an
 * application no longer approved, is not.
 */
@Service
public class Verifications {

    private final VerificationCodes codes;
    private final DocumentRecords records;
    private final NoticeCatalog notices;
    private final ObjectMapper json;

    Verifications(VerificationCodes codes, DocumentRecords records, NoticeCatalog notices, ObjectMapper json) {
        this.codes = codes;
        this.records = records;
        this.notices = notices;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> verify(String typed) {
        return codes.lookUp(typed).flatMap(code -> records.application(code.applicationNo()).map(application -> {
            boolean certificate = code.kind() == DocumentKind.CERTIFICATE;
            int version = certificate ? application.submissionCount() : code.snapshotVersion();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kind", code.kind().label());
            r.put("numberLabel", certificate ? "证书编号" : "申报编号");
            r.put("number", certificate ? code.certificateNo() : application.applicationNo());
            r.put("name", Labels.maskedName(name(application, version)));
            r.put("notice", notices.find(application.noticeId()).map(NoticeDefinition::title).orElse(application.noticeId()));
            String status = Labelled.parse(ApplicationStatus.class, application.status())
                    .map(ApplicationStatus::label).orElse(application.status());
            boolean current;
            String validity;
            if (certificate) {
                current = ApplicationStatus.APPROVED.name().equals(application.status());
                validity = current ? "有效" : "已失效（申报当前状态：" + status + "）";
                r.put("dateLabel", "发证日期");
                r.put("date", records.certificate(application.applicationNo())
                        .map(c -> Labels.day(c.issuedAt())).orElse(Labels.day(code.createdAt())));
            } else {
                current = version == application.submissionCount();
                validity = current ? "有效（与最后一次提交的申报信息一致）"
                        : "已失效：申报人此后重新提交了申报信息，请以最新打印的表为准";
                r.put("dateLabel", "提交日期");
                r.put("date", records.snapshot(application.applicationNo(), version)
                        .map(s -> Labels.day(s.createdAt())).orElse(Labels.day(code.createdAt())));
            }
            r.put("status", status);
            r.put("current", current);
            r.put("validity", validity);
            return r;
        }));
    }

    /** The name as submitted in that version. */
    private String name(ApplicationRow application, int version) {
        return records.snapshot(application.applicationNo(), version).map(s -> {
            try {
                JsonNode node = json.readTree(s.dataJson()).path("form").path("name");
                return node.isTextual() ? node.asText() : application.name();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return application.name();
            }
        }).orElse(application.name());
    }
}
