package cn.xj.titlereview.meeting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.identity.CommitteeExperts;
import cn.xj.titlereview.identity.Directory.Committee;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.meeting.PoolInputs.ExpertInput;
import cn.xj.titlereview.meeting.PoolInputs.FilingInput;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.security.ApiUser;

/**
 * The expert pool of each committee (评审专家库) and its filings (备案) with an HR bureau. The pool lists accounts of
 * the committee's expert group with what a draw needs: series, specialty, title level, employer unit, region, term
 * and whether the expert may be drawn. A committee sits only on a date its filing covers.
 */
@Service
public class ExpertPoolService {

    private final JdbcTemplate jdbc;
    private final OrganisationDirectory organisations;
    private final CommitteeExperts committeeExperts;
    private final AuditLog auditLog;

    ExpertPoolService(JdbcTemplate jdbc, OrganisationDirectory organisations, CommitteeExperts committeeExperts,
                      AuditLog auditLog) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.committeeExperts = committeeExperts;
        this.auditLog = auditLog;
    }

    /** One expert of a pool. */
    public record PoolExpert(String committeeCode, String expertId, String series, String specialty, Level titleLevel,
                             String employerUnit, String employerUnitCode, String regionCode, LocalDate termStart,
                             LocalDate termEnd, boolean active) {
        boolean servesOn(LocalDate date) {
            return active && !date.isBefore(termStart) && !date.isAfter(termEnd);
        }
    }

    /** A filing of a committee and its pool. */
    public record Filing(long id, String committeeCode, String bureauCode, LocalDate filedOn, int year,
                         LocalDate validUntil, int poolSize, String recordedBy) {
        boolean covers(LocalDate date) {
            return !date.isBefore(filedOn) && !date.isAfter(validUntil);
        }
    }

    Committee committee(String code) {
        return organisations.committee(code)
                .orElseThrow(() -> ApiProblemException.notFound("没有代码为 " + code + " 的评审委员会"));
    }

    /** The committee, for those who may read its pool (the import template). */
    Committee committeeFor(ApiUser user, String committeeCode) {
        Committee committee = committee(committeeCode);
        MeetingAccess.requireReader(user, committee.code(), committee.hrBureau());
        return committee;
    }

    @Transactional(readOnly = true)
    public List<PoolExpert> experts(ApiUser user, String committeeCode) {
        Committee committee = committee(committeeCode);
        MeetingAccess.requireReader(user, committee.code(), committee.hrBureau());
        return pool(committee.code());
    }

    List<PoolExpert> pool(String committeeCode) {
        return jdbc.query("select * from committee_expert where committee_code = ? order by expert_id",
                (rs, i) -> new PoolExpert(rs.getString("committee_code"), rs.getString("expert_id"),
                        rs.getString("series"), rs.getString("specialty"), Level.valueOf(rs.getString("title_level")),
                        rs.getString("employer_unit_name"), rs.getString("employer_unit_code"), rs.getString("region_code"),
                        rs.getDate("term_start").toLocalDate(), rs.getDate("term_end").toLocalDate(),
                        rs.getBoolean("active")), committeeCode);
    }

    /** Adds the expert to the pool, or changes the entry of that account. */
    @Transactional
    public PoolExpert save(ApiUser user, String committeeCode, ExpertInput input) {
        Committee committee = committee(committeeCode);
        MeetingAccess.requireKeeper(user, committee.code());
        return store(user, committee, validate(committee, input));
    }

    @io.swagger.v3.oas.annotations.media.Schema(description = "评审专家库导入结果")
    public record ImportResult(int added, int changed, List<String> expertIds) {
    }

    /**
     * Imports the rows of a pool sheet: every row checked as {@link #save} checks one expert, plus accounts repeated in
     * the file; one problem anywhere and nothing is written (400 naming every cell). Each entry is audited as by hand.
     */
    @Transactional
    public ImportResult importPool(ApiUser user, String committeeCode, List<PoolImport.Row> rows) {
        Committee committee = committee(committeeCode);
        MeetingAccess.requireKeeper(user, committee.code());
        Problems problems = new Problems();
        if (rows.isEmpty()) {
            problems.add("A2", "必填", "文件中没有专家：从第2行起每行填写一位专家");
        }
        List<PoolExpert> checked = new java.util.ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (PoolImport.Row row : rows) {
            Problems rowProblems = new Problems();
            PoolExpert expert = null;
            try {
                expert = validate(committee, row.input());
            } catch (ApiProblemException e) {
                rowProblems.addAll(e.problems());
            }
            if (row.input().active() == null) {
                rowProblems.add("active", "取值", "是否在库须填“是”或“否”（不填即为是）");
            }
            String id = trim(row.input().expertId());
            if (id != null) {
                Integer earlier = seen.putIfAbsent(id, row.number());
                if (earlier != null) {
                    rowProblems.add("expertId", "重复", "专家账号 " + id + " 与第" + earlier + "行重复");
                }
            }
            PoolImport.SHEET.addRowProblems(problems, row.number(), rowProblems.list());
            if (expert != null && rowProblems.isEmpty()) {
                checked.add(expert);
            }
        }
        problems.throwIfAny("导入文件有误，未导入任何专家（共 " + problems.size() + " 处问题）");
        int added = 0;
        for (PoolExpert expert : checked) {
            if (!exists(committee.code(), expert.expertId())) {
                added++;
            }
            store(user, committee, expert);
        }
        return new ImportResult(added, checked.size() - added, checked.stream().map(PoolExpert::expertId).toList());
    }

    private PoolExpert store(ApiUser user, Committee committee, PoolExpert expert) {
        boolean exists = exists(committee.code(), expert.expertId());
        if (exists) {
            jdbc.update("delete from committee_expert where committee_code = ? and expert_id = ?",
                    committee.code(), expert.expertId());
        }
        insert(expert);
        auditLog.decision(user.userId(), AuditAction.CHANGE_EXPERT_POOL, null, (exists ? "修改" : "加入")
                + "评审专家库：评审委员会 " + committee.code() + "，专家 " + expert.expertId() + "，" + expert.series() + "/"
                + expert.specialty() + "，" + expert.titleLevel().label() + "，单位 " + expert.employerUnit()
                + (expert.employerUnitCode() == null ? "" : "（" + expert.employerUnitCode() + "）") + "，聘期 "
                + expert.termStart() + "至" + expert.termEnd() + (expert.active() ? "，在库" : "，暂停抽取"));
        return expert;
    }

    void insert(PoolExpert e) {
        jdbc.update("insert into committee_expert (committee_code, expert_id, series, specialty, title_level, "
                        + "employer_unit_name, employer_unit_code, region_code, term_start, term_end, active) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.committeeCode(), e.expertId(), e.series(), e.specialty(), e.titleLevel().name(), e.employerUnit(),
                e.employerUnitCode(), e.regionCode(), Date.valueOf(e.termStart()), Date.valueOf(e.termEnd()), e.active());
    }

    private boolean exists(String committeeCode, String expertId) {
        Long n = jdbc.queryForObject("select count(*) from committee_expert where committee_code = ? and expert_id = ?",
                Long.class, committeeCode, expertId);
        return n != null && n > 0;
    }

    private PoolExpert validate(Committee committee, ExpertInput input) {
        Problems problems = new Problems();
        String expertId = trim(input.expertId());
        if (expertId == null) {
            problems.add("expertId", "必填", "请填写专家账号");
        } else if (!committeeExperts.userIds(committee.code()).contains(expertId)) {
            problems.add("expertId", "评委组", "账号 " + expertId + " 不在评审委员会 " + committee.code() + " 的评委组（expert"
                    + committee.code() + "）中：请先由系统管理员在评委组中添加该账号");
        }
        String series = trim(input.series()) == null ? committee.series() : trim(input.series());
        if (!series.equals(committee.series())) {
            problems.add("series", "取值", "评审委员会 " + committee.code() + " 评审" + committee.series() + "，专家的系列为"
                    + series);
        }
        String specialty = trim(input.specialty());
        if (specialty == null) {
            problems.add("specialty", "必填", "请填写专家的专业");
        } else if (specialty.contains(",") || specialty.contains(":") || specialty.length() > 50) {
            problems.add("specialty", "格式", "专业不超过50个字，不含逗号和冒号");
        }
        Level level = level(input.titleLevel());
        if (trim(input.titleLevel()) == null) {
            problems.add("titleLevel", "必填", "请填写专家的职称级别");
        } else if (level == null) {
            problems.add("titleLevel", "取值", "职称级别须为正高级、副高级、中级、助理级或员级：" + input.titleLevel());
        }
        String unitCode = trim(input.employerUnitCode());
        String unitName = trim(input.employerUnit());
        if (unitCode != null) {
            var unit = organisations.employerUnit(unitCode);
            if (unit.isEmpty()) {
                problems.add("employerUnitCode", "未登记", "组织机构目录中没有代码为 " + unitCode + " 的用人单位");
            } else if (unitName == null) {
                unitName = unit.get().name();
            }
        }
        if (unitName == null) {
            problems.add("employerUnit", "必填", "请填写专家的工作单位（回避同单位的申报人）");
        } else if (unitName.length() > 100) {
            problems.add("employerUnit", "长度", "工作单位名称不超过100个字");
        }
        String region = trim(input.regionCode());
        if (region == null) {
            problems.add("regionCode", "必填", "请填写专家所在的行政区划代码");
        } else if (organisations.directory().region(region).isEmpty()) {
            problems.add("regionCode", "未登记", "没有代码为 " + region + " 的行政区划");
        }
        LocalDate start = date(input.termStart(), "termStart", "聘期开始", problems);
        LocalDate end = date(input.termEnd(), "termEnd", "聘期结束", problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add("termEnd", "顺序", "聘期结束（" + end + "）早于聘期开始（" + start + "）");
        }
        problems.throwIfAny("评审专家库的专家信息有误，未保存");
        return new PoolExpert(committee.code(), expertId, series, specialty, level, unitName, unitCode, region, start, end,
                input.active() == null || input.active());
    }

    // ------------------------------------------------------------------ filings

    @Transactional(readOnly = true)
    public List<Filing> filings(ApiUser user, String committeeCode) {
        Committee committee = committee(committeeCode);
        MeetingAccess.requireReader(user, committee.code(), committee.hrBureau());
        return filings(committee.code());
    }

    List<Filing> filings(String committeeCode) {
        return jdbc.query("select * from committee_filing where committee_code = ? order by filed_on, id",
                (rs, i) -> new Filing(rs.getLong("id"), rs.getString("committee_code"), rs.getString("bureau_code"),
                        rs.getDate("filed_on").toLocalDate(), rs.getInt("filing_year"),
                        rs.getDate("valid_until").toLocalDate(), rs.getInt("pool_size"), rs.getString("recorded_by")),
                committeeCode);
    }

    /** The latest filing that covers the date; empty when the committee may not sit on it. */
    Optional<Filing> currentFiling(String committeeCode, LocalDate date) {
        return filings(committeeCode).stream().filter(f -> f.covers(date)).reduce((a, b) -> b);
    }

    /** 409 with the clause unless a filing covers the date. */
    Filing requireFiling(Committee committee, LocalDate date) {
        return currentFiling(committee.code(), date).orElseThrow(() -> new ApiProblemException(HttpStatus.CONFLICT,
                "评审委员会 " + committee.code() + "（" + committee.name() + "）在 " + date + " 没有有效的评审委员会及评审专家库备案，"
                        + "不得召开评审会议。" + MeetingRules.FILING_CLAUSE,
                new Problems().add("date", "未备案", filingsSummary(committee.code())).list()));
    }

    private String filingsSummary(String committeeCode) {
        List<Filing> filings = filings(committeeCode);
        if (filings.isEmpty()) {
            return "该评审委员会尚无备案";
        }
        return "已有备案：" + String.join("；", filings.stream()
                .map(f -> f.year() + "年度，" + f.filedOn() + "至" + f.validUntil()).toList());
    }

    /** Records the filing of the committee and its pool (as it stands: the active experts are counted). */
    @Transactional
    public Filing file(ApiUser user, String committeeCode, FilingInput input) {
        Committee committee = committee(committeeCode);
        MeetingAccess.requireKeeper(user, committee.code());
        Problems problems = new Problems();
        String bureau = trim(input.bureauCode());
        if (bureau == null) {
            problems.add("bureauCode", "必填", "请填写备案的人社部门（行政区划代码）");
        } else if (organisations.hrBureau(bureau).isEmpty()) {
            problems.add("bureauCode", "未登记", "组织机构目录中没有代码为 " + bureau + " 的人社部门");
        }
        LocalDate filedOn = date(input.filedOn(), "filedOn", "备案日期", problems);
        Integer year = input.year();
        if (year == null) {
            problems.add("year", "必填", "请填写备案年度");
        } else if (year < 2000 || year > 2100) {
            problems.add("year", "取值", "备案年度须在2000至2100之间：" + year);
        }
        LocalDate validUntil = trim(input.validUntil()) == null
                ? (year == null || year < 2000 || year > 2100 ? null : LocalDate.of(year, 12, 31))
                : date(input.validUntil(), "validUntil", "有效期至", problems);
        if (filedOn != null && validUntil != null && validUntil.isBefore(filedOn)) {
            problems.add("validUntil", "顺序", "有效期至（" + validUntil + "）早于备案日期（" + filedOn + "）");
        }
        int poolSize = (int) pool(committee.code()).stream().filter(PoolExpert::active).count();
        if (poolSize == 0) {
            problems.add("pool", "为空", "评审专家库中没有在库的专家，请先建立评审专家库再备案");
        }
        problems.throwIfAny("备案信息有误，未保存");
        Timestamp now = Timestamp.from(ProductClock.now());
        jdbc.update("insert into committee_filing (committee_code, bureau_code, filed_on, filing_year, valid_until, "
                        + "pool_size, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                committee.code(), bureau, Date.valueOf(filedOn), year, Date.valueOf(validUntil), poolSize, user.userId(), now);
        auditLog.decision(user.userId(), AuditAction.FILE_COMMITTEE, null, "评审委员会 " + committee.code()
                + " 及评审专家库（" + poolSize + " 名在库专家）向人社部门 " + bureau + " 备案：" + year + "年度，备案日期 " + filedOn
                + "，有效期至 " + validUntil + "（登记于 " + BeijingTime.format(ProductClock.now()) + "）");
        List<Filing> all = filings(committee.code());
        return all.stream().reduce((a, b) -> a.id() > b.id() ? a : b).orElseThrow();
    }

    // ------------------------------------------------------------------ parsing

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Level level(String value) {
        String v = trim(value);
        if (v == null) {
            return null;
        }
        for (Level level : Level.values()) {
            if (level.name().equalsIgnoreCase(v) || level.label().equals(v)) {
                return level;
            }
        }
        return null;
    }

    static LocalDate date(String value, String field, String what, Problems problems) {
        String v = trim(value);
        if (v == null) {
            problems.add(field, "必填", "请填写" + what + "（yyyy-MM-dd）");
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(field, "格式", what + "须为 yyyy-MM-dd 格式的日期：" + v);
            return null;
        }
    }
}
