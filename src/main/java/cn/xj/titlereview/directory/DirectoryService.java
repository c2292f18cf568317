package cn.xj.titlereview.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.directory.DirectoryInputs.BureauInput;
import cn.xj.titlereview.directory.DirectoryInputs.CommitteeInput;
import cn.xj.titlereview.directory.DirectoryInputs.CompetentInput;
import cn.xj.titlereview.directory.DirectoryInputs.UnitInput;
import cn.xj.titlereview.directory.DirectoryViews.BureauView;
import cn.xj.titlereview.directory.DirectoryViews.CommitteeView;
import cn.xj.titlereview.directory.DirectoryViews.CompetentView;
import cn.xj.titlereview.directory.DirectoryViews.ImportResult;
import cn.xj.titlereview.directory.DirectoryViews.RegionView;
import cn.xj.titlereview.directory.DirectoryViews.UnitView;
import cn.xj.titlereview.identity.Directory;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.identity.RoleType;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Labelled;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.UnitLevel;
import cn.xj.titlereview.security.ApiUser;

/**
 * Reading and changing the directory. A change is checked (every problem at once, 400), scoped to the
 * caller's region (403), written with its Camunda group, a new change token (every node reloads) and an
 * audit row, all in one transaction.
 */
@Service
class DirectoryService {

    private final OrganisationDirectory organisations;
    private final NoticeCatalog notices;
    private final EmployerUnitRepository units;
    private final CompetentDepartmentRepository competents;
    private final CommitteeRepository committees;
    private final HrBureauRepository bureaus;
    private final DirectoryGroups groups;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;

    DirectoryService(OrganisationDirectory organisations, NoticeCatalog notices, EmployerUnitRepository units,
                     CompetentDepartmentRepository competents, CommitteeRepository committees, HrBureauRepository bureaus,
                     DirectoryGroups groups, AuditLog auditLog, JdbcTemplate jdbc) {
        this.organisations = organisations;
        this.notices = notices;
        this.units = units;
        this.competents = competents;
        this.committees = committees;
        this.bureaus = bureaus;
        this.groups = groups;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
    }

    // ---------- reading ----------

    List<RegionView> regions(ApiUser user) {
        DirectoryAccess.of(user).requireRead();
        return organisations.directory().regions().stream().map(r -> new RegionView(r.code(), r.name())).toList();
    }

    List<UnitView> units(ApiUser user, String regionCode) {
        DirectoryAccess access = DirectoryAccess.of(user).requireRead();
        Directory d = organisations.directory();
        return d.employerUnits().stream()
                .filter(u -> regionCode == null || regionCode.isBlank() || Regions.within(u.regionCode(), regionCode.trim()))
                .map(u -> view(u, d, access)).toList();
    }

    List<CompetentView> competentDepartments(ApiUser user) {
        DirectoryAccess access = DirectoryAccess.of(user).requireRead();
        Directory d = organisations.directory();
        return d.competentDepartments().stream().map(c -> new CompetentView(c.code(), c.name(), c.creditCode(),
                c.regionCode(), regionName(c.regionCode(), d), access.mayChange(c.regionCode()))).toList();
    }

    List<CommitteeView> committees(ApiUser user) {
        DirectoryAccess access = DirectoryAccess.of(user).requireRead();
        Directory d = organisations.directory();
        return d.committees().stream().map(c -> new CommitteeView(c.code(), c.name(), c.hrBureau(),
                d.hrBureaus().stream().filter(b -> b.code().equals(c.hrBureau())).map(Directory.HrBureau::name)
                        .findFirst().orElse(null),
                c.series(), c.specialties(), byLevel(c.levels()), c.notices(), access.mayChange(c.hrBureau()))).toList();
    }

    List<BureauView> bureaus(ApiUser user) {
        DirectoryAccess access = DirectoryAccess.of(user).requireRead();
        Directory d = organisations.directory();
        return d.hrBureaus().stream().map(b -> new BureauView(b.code(), b.name(), regionName(b.code(), d), b.notices(),
                access.mayChange(b.code()))).toList();
    }

    // ---------- units ----------

    @Transactional
    UnitView createUnit(UnitInput input, ApiUser user) {
        return saveUnit(input, null, user);
    }

    @Transactional
    UnitView updateUnit(String code, UnitInput input, ApiUser user) {
        return saveUnit(input, code, user);
    }

    private UnitView saveUnit(UnitInput input, String existingCode, ApiUser user) {
        DirectoryAccess access = DirectoryAccess.of(user).requireRead();
        Directory d = organisations.directory();
        if (existingCode != null) {
            EmployerUnit existing = d.employerUnits().stream().filter(u -> u.code().equals(existingCode)).findFirst()
                    .orElseThrow(() -> ApiProblemException.notFound("用人单位 " + existingCode + " 不存在"));
            access.requireChange(existing.regionCode(), "用人单位 " + existingCode, d);
        }
        Problems problems = new Problems();
        UnitInput unit = new DirectoryRules(d, this::noticeExists).unit(input, existingCode, problems);
        problems.throwIfAny("用人单位信息有误");
        access.requireChange(unit.regionCode(), "用人单位 " + unit.code(), d);
        boolean created = write(unit, existingCode == null);
        changed();
        audit(user, (created ? "新增" : "修改") + "用人单位 " + describe(unit));
        return view(toRecord(unit), organisations.directory(), access);
    }

    /** Imports units (one transaction): every row checked first, nothing written when any row is wrong. */
    @Transactional
    ImportResult importUnits(List<UnitImport.Row> rows, ApiUser user) {
        DirectoryAccess access = DirectoryAccess.of(user).requireRead();
        if (!access.administrator() && access.bureauRegions().isEmpty()) {
            throw ApiProblemException.forbidden("只有人社部门可以导入组织机构目录");
        }
        Directory d = organisations.directory();
        DirectoryRules rules = new DirectoryRules(d, this::noticeExists);
        Problems problems = new Problems();
        List<UnitInput> checked = new ArrayList<>();
        java.util.Map<String, Integer> codes = new java.util.HashMap<>();
        java.util.Map<String, Integer> credits = new java.util.HashMap<>();
        for (UnitImport.Row row : rows) {
            boolean exists = row.input().code() != null
                    && d.employerUnits().stream().anyMatch(u -> u.code().equals(row.input().code().trim()));
            Problems rowProblems = new Problems();
            UnitInput unit = rules.unit(row.input(), exists ? row.input().code().trim() : null, rowProblems);
            if (exists) {
                d.employerUnits().stream().filter(u -> u.code().equals(unit.code())).findFirst()
                        .filter(u -> !access.mayChange(u.regionCode()))
                        .ifPresent(u -> rowProblems.add("code", "权限", "单位 " + u.code() + " 属于"
                                + DirectoryAccess.name(u.regionCode(), d) + "，不在本部门的维护范围内"));
            }
            if (unit.regionCode() != null && !access.mayChange(unit.regionCode())) {
                rowProblems.add("regionCode", "权限", "行政区划 " + DirectoryAccess.name(unit.regionCode(), d)
                        + " 不在本部门的维护范围内");
            }
            if (unit.code() != null) {
                Integer earlier = codes.putIfAbsent(unit.code(), row.number());
                if (earlier != null) {
                    rowProblems.add("code", DirectoryRules.DUPLICATE, "单位代码 " + unit.code() + " 与第" + earlier + "行重复");
                }
            }
            if (unit.creditCode() != null) {
                Integer earlier = credits.putIfAbsent(unit.creditCode(), row.number());
                if (earlier != null) {
                    rowProblems.add("creditCode", DirectoryRules.DUPLICATE, "统一社会信用代码 " + unit.creditCode()
                            + " 与第" + earlier + "行重复");
                }
            }
            rowProblems.list().forEach(p -> problems.add(UnitImport.cell(row.number(), p.field()), p.rule(),
                    UnitImport.where(row.number(), p.field()) + "：" + p.message()));
            checked.add(unit);
        }
        if (rows.isEmpty()) {
            problems.add("A2", DirectoryRules.REQUIRED, "表中没有单位（从第2行起每行一个单位）");
        }
        problems.throwIfAny("导入文件有误，未导入任何单位（共 " + problems.size() + " 处问题）");
        int created = 0;
        List<String> written = new ArrayList<>();
        for (UnitInput unit : checked) {
            boolean isNew = write(unit, d.employerUnits().stream().noneMatch(u -> u.code().equals(unit.code())));
            created += isNew ? 1 : 0;
            written.add(unit.code());
            audit(user, "导入：" + (isNew ? "新增" : "修改") + "用人单位 " + describe(unit));
        }
        changed();
        return new ImportResult(created, checked.size() - created, written);
    }

    private boolean write(UnitInput unit, boolean create) {
        EmployerUnitEntity entity = create ? new EmployerUnitEntity(unit.code())
                : units.findById(unit.code()).orElseThrow(() -> ApiProblemException.notFound("用人单位 " + unit.code() + " 不存在"));
        entity.update(unit.name(), unit.creditCode(), unit.ownership(), unit.level(), unit.regionCode(), unit.competentCode());
        flush(() -> units.saveAndFlush(entity));
        groups.ensure(RoleGroups.unit(unit.code()), unit.name(), RoleType.EMPLOYER_UNIT);
        return create;
    }

    // ---------- competent departments ----------

    @Transactional
    CompetentView saveCompetent(CompetentInput input, String existingCode, ApiUser user) {
        DirectoryAccess access = DirectoryAccess.of(user).requireRead();
        Directory d = organisations.directory();
        if (existingCode != null) {
            Directory.CompetentDepartment existing = d.competentDepartment(existingCode)
                    .orElseThrow(() -> ApiProblemException.notFound("主管部门 " + existingCode + " 不存在"));
            access.requireChange(existing.regionCode(), "主管部门 " + existingCode, d);
        }
        Problems problems = new Problems();
        CompetentInput c = new DirectoryRules(d, this::noticeExists).competent(input, existingCode, problems);
        problems.throwIfAny("主管部门信息有误");
        access.requireChange(c.regionCode(), "主管部门 " + c.code(), d);
        CompetentDepartmentEntity entity = existingCode == null ? new CompetentDepartmentEntity(c.code())
                : competents.findById(existingCode).orElseThrow();
        entity.update(c.name(), c.creditCode(), c.regionCode());
        flush(() -> competents.saveAndFlush(entity));
        groups.ensure(RoleGroups.competent(c.code()), c.name(), RoleType.COMPETENT_UNIT);
        changed();
        audit(user, (existingCode == null ? "新增" : "修改") + "主管部门 " + c.code() + " " + c.name() + "（行政区划 "
                + c.regionCode() + "，统一社会信用代码 " + (c.creditCode() == null ? "无" : c.creditCode()) + "）");
        return new CompetentView(c.code(), c.name(), c.creditCode(), c.regionCode(), regionName(c.regionCode(), d), true);
    }

    // ---------- committees ----------

    @Transactional
    CommitteeView saveCommittee(CommitteeInput input, String existingCode, ApiUser user) {
        DirectoryAccess access = DirectoryAccess.of(user).requireRead();
        Directory d = organisations.directory();
        if (existingCode != null) {
            Directory.Committee existing = d.committees().stream().filter(c -> c.code().equals(existingCode)).findFirst()
                    .orElseThrow(() -> ApiProblemException.notFound("评审委员会 " + existingCode + " 不存在"));
            access.requireChange(existing.hrBureau(), "评审委员会 " + existingCode, d);
        }
        Problems problems = new Problems();
        CommitteeInput c = new DirectoryRules(d, this::noticeExists).committee(input, existingCode, problems);
        problems.throwIfAny("评审委员会信息有误");
        access.requireChange(c.hrBureauCode(), "评审委员会 " + c.code(), d);
        CommitteeEntity entity = existingCode == null ? new CommitteeEntity(c.code()) : committees.findById(existingCode).orElseThrow();
        entity.update(c.name(), c.series(), c.hrBureauCode(), new LinkedHashSet<>(c.specialties()),
                new LinkedHashSet<>(c.levels()), new LinkedHashSet<>(c.notices()));
        flush(() -> committees.saveAndFlush(entity));
        groups.ensure(RoleGroups.committee(c.code()), c.name() + "办事机构", RoleType.COMMITTEE_OFFICE);
        groups.ensure(RoleGroups.experts(c.code()), c.name() + "评审专家", RoleType.EXPERT);
        changed();
        audit(user, (existingCode == null ? "新增" : "修改") + "评审委员会 " + c.code() + " " + c.name() + "（" + c.series()
                + "，专业 " + (c.specialties().isEmpty() ? "全部" : String.join("、", c.specialties())) + "，级别 "
                + String.join("、", c.levels()) + "，通知 " + String.join("、", c.notices()) + "，人社部门 " + c.hrBureauCode() + "）");
        String bureauName = d.hrBureaus().stream().filter(b -> b.code().equals(c.hrBureauCode()))
                .map(Directory.HrBureau::name).findFirst().orElse(null);
        return new CommitteeView(c.code(), c.name(), c.hrBureauCode(), bureauName, c.series(), c.specialties(),
                byLevel(c.levels()), c.notices(), true);
    }

    // ---------- HR bureaus ----------

    @Transactional
    BureauView saveBureau(BureauInput input, String existingCode, ApiUser user) {
        DirectoryAccess access = DirectoryAccess.of(user).requireRead();
        Directory d = organisations.directory();
        if (existingCode != null) {
            if (d.hrBureaus().stream().noneMatch(b -> b.code().equals(existingCode))) {
                throw ApiProblemException.notFound("人社部门 " + existingCode + " 不存在");
            }
            access.requireChange(existingCode, "人社部门 " + existingCode, d);
        }
        Problems problems = new Problems();
        BureauInput b = new DirectoryRules(d, this::noticeExists).bureau(input, existingCode, problems);
        problems.throwIfAny("人社部门信息有误");
        access.requireChange(b.code(), "人社部门 " + b.code(), d);
        HrBureauEntity entity = existingCode == null ? new HrBureauEntity(b.code()) : bureaus.findById(existingCode).orElseThrow();
        entity.update(b.name(), new LinkedHashSet<>(b.notices()));
        flush(() -> bureaus.saveAndFlush(entity));
        groups.ensure(RoleGroups.hrBureau(b.code()), b.name(), RoleType.HR_BUREAU);
        changed();
        audit(user, (existingCode == null ? "新增" : "修改") + "人社部门 " + b.code() + " " + b.name() + "（通知 "
                + String.join("、", b.notices()) + "）");
        return new BureauView(b.code(), b.name(), regionName(b.code(), d), b.notices(), true);
    }

    // ---------- helpers ----------

    private boolean noticeExists(String id) {
        return notices.find(id).isPresent();
    }

    private void changed() {
        JdbcDirectoryStore.changed(jdbc);
    }

    private void audit(ApiUser user, String detail) {
        auditLog.decision(user.userId(), AuditAction.CHANGE_DIRECTORY, null, detail);
    }

    /** A write whose unique key another change took meanwhile: 409, nothing written. */
    private static void flush(Runnable write) {
        try {
            write.run();
        } catch (DataIntegrityViolationException e) {
            throw ApiProblemException.conflict("与同时进行的另一项修改冲突（代码或统一社会信用代码已被使用），请刷新后重试");
        }
    }

    private static String describe(UnitInput u) {
        return u.code() + " " + u.name() + "（统一社会信用代码 " + u.creditCode() + "，" + u.ownership() + "，" + u.level()
                + "，行政区划 " + u.regionCode() + "，主管部门 " + u.competentCode() + "）";
    }

    private static EmployerUnit toRecord(UnitInput u) {
        return new EmployerUnit(u.code(), u.name(), u.creditCode(), u.ownership(), u.level(), u.regionCode(), u.competentCode());
    }

    private static UnitView view(EmployerUnit u, Directory d, DirectoryAccess access) {
        return new UnitView(u.code(), u.name(), u.creditCode(), u.ownership(), label(EmployerType.class, u.ownership()),
                u.level(), label(UnitLevel.class, u.level()), u.regionCode(), regionName(u.regionCode(), d), u.competent(),
                d.competentDepartment(u.competent()).map(Directory.CompetentDepartment::name).orElse(null),
                access.mayChange(u.regionCode()));
    }

    private static String regionName(String code, Directory d) {
        return d.region(code).map(Directory.Region::name).orElse(null);
    }

    private static <E extends Enum<E> & Labelled> String label(Class<E> type, String code) {
        return Labelled.parse(type, code).map(Labelled::label).orElse(code);
    }

    private static List<String> byLevel(List<String> levels) {
        Function<String, Integer> rank = l -> Labelled.parse(Level.class, l).map(Enum::ordinal).orElse(99);
        return levels.stream().sorted(Comparator.comparing(rank)).toList();
    }
}
