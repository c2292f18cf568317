package cn.xj.titlereview.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.declaration.IdDocuments;
import cn.xj.titlereview.declaration.IdType;
import cn.xj.titlereview.security.IdNumberCrypto;

/**
 * The register of bans on applying (禁报、黑名单) that HR bureaus record after fraud; the pre-check
 * refuses a person while a ban is in force. Only the blind index of the ID number is kept.
 */
@Service
public class ApplicantBans {

    private static final Logger log = LoggerFactory.getLogger(ApplicantBans.class);
    private static final int MAX_BAN_YEARS = 10;

    private final ApplicantBanRepository bans;
    private final IdNumberCrypto crypto;
    private final AuditLog auditLog;

    ApplicantBans(ApplicantBanRepository bans, IdNumberCrypto crypto, AuditLog auditLog) {
        this.bans = bans;
        this.crypto = crypto;
        this.auditLog = auditLog;
    }

    /** The ban in force on the day for this blind index (none for an application without ID number). */
    @Transactional(readOnly = true)
    public Optional<EligibilityRules.ActiveBan> activeBan(String idNumberIndex, LocalDate day) {
        if (idNumberIndex == null) {
            return Optional.empty();
        }
        return bans.inForce(idNumberIndex, day).stream().findFirst()
                .map(b -> new EligibilityRules.ActiveBan(b.endsOn(), b.blacklisted(), b.reason(), b.documentNo()));
    }

    /** Records a ban; every field problem at once, nothing written on any. */
    @Transactional
    public BanView record(BanRequest request, String actor, LocalDate today, Instant now) {
        Problems problems = new Problems();
        String normalized = null;
        IdType type = IdDocuments.parseType(request.idType());
        if (type == null) {
            problems.addAll(List.of(IdDocuments.unknownType("idType")));
        } else if (request.idNumber() == null || request.idNumber().isBlank()) {
            problems.add("idNumber", "必填", "请填写" + type.numberName());
        } else {
            IdDocuments.Check check = IdDocuments.check(type, request.idNumber(), today, "idNumber");
            if (check.valid()) {
                normalized = check.normalized();
            } else {
                problems.addAll(check.problems());
            }
        }
        LocalDate starts = request.startsOn();
        LocalDate ends = request.endsOn();
        if (starts == null) {
            problems.add("startsOn", "必填", "请填写禁报开始日期");
        }
        if (ends == null) {
            problems.add("endsOn", "必填", "请填写禁报截止日期");
        }
        if (starts != null && ends != null) {
            if (ends.isBefore(starts)) {
                problems.add("endsOn", "顺序", "截止日期不能早于开始日期");
            } else if (ends.isAfter(starts.plusYears(MAX_BAN_YEARS))) {
                problems.add("endsOn", "范围", "禁报期不能超过" + MAX_BAN_YEARS + "年");
            }
        }
        text(problems, "reason", request.reason(), 200, "处理事由");
        text(problems, "documentNo", request.documentNo(), 100, "处理决定文号");
        problems.throwIfAny("禁报记录有误");
        ApplicantBan ban = bans.saveAndFlush(new ApplicantBan(crypto.blindIndex(IdDocuments.indexKey(type, normalized)),
                starts, ends,
                Boolean.TRUE.equals(request.blacklisted()), request.reason().strip(), request.documentNo().strip(),
                actor, now));
        auditLog.decision(actor, AuditAction.RECORD_BAN, null, "记录禁报 #" + ban.id() + "（" + ban.documentNo() + "，至"
                + ban.endsOn() + "）");
        log.info("已记录禁报 #{}：{}，至 {}（{}）", ban.id(), ban.documentNo(), ban.endsOn(), actor);
        return BanView.of(ban, IdDocuments.mask(normalized));
    }

    @Transactional(readOnly = true)
    public List<BanView> list() {
        return bans.findAllByOrderByIdDesc().stream().map(b -> BanView.of(b, null)).toList();
    }

    private static void text(Problems problems, String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            problems.add(field, "必填", "请填写" + what);
        } else if (value.strip().length() > max) {
            problems.add(field, "长度", what + "不能超过" + max + "个字符");
        }
    }

    /** {@code idType}: the kind of document (default 居民身份证), so a ban finds the person whatever they declare with. */
    public record BanRequest(String idNumber, LocalDate startsOn, LocalDate endsOn, Boolean blacklisted,
                             String reason, String documentNo, String idType) {
    }

    /** A ban as shown to administrators: the ID number only masked, and only right after recording. */
    public record BanView(long id, String idNumberMasked, LocalDate startsOn, LocalDate endsOn, boolean blacklisted,
                          String reason, String documentNo, String recordedBy, Instant recordedAt) {
        static BanView of(ApplicantBan b, String masked) {
            return new BanView(b.id(), masked, b.startsOn(), b.endsOn(), b.blacklisted(), b.reason(), b.documentNo(),
                    b.recordedBy(), b.recordedAt());
        }
    }
}
