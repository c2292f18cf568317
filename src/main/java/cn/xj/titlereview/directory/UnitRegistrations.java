package cn.xj.titlereview.directory;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.directory.DirectoryInputs.UnitInput;
import cn.xj.titlereview.identity.Directory;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.identity.RoleType;
import cn.xj.titlereview.notice.NoticeCatalog;

/**
 * The directory's side of a unit's self-registration (单位注册): the same rules as a unit an HR bureau adds (the
 * unit's code is its credit code), checked when the unit registers and again when its competent department
 * approves; the approved unit written with its group, a new change token and an audit row, in the caller's
 * transaction.
 */
@Component
public class UnitRegistrations {

    /** A registering unit as the registration names its fields. */
    public record RegisteringUnit(String creditCode, String name, String type, String level, String region,
                                  String competentDepartment) {
    }

    /** The registration's field for each field of a directory unit. */
    private static final Map<String, String> FIELDS = Map.of("code", "creditCode", "creditCode", "creditCode",
            "name", "name", "ownership", "type", "level", "level", "regionCode", "region",
            "competentCode", "competentDepartment");

    private final OrganisationDirectory organisations;
    private final NoticeCatalog notices;
    private final EmployerUnitRepository units;
    private final DirectoryGroups groups;
    private final AuditLog auditLog;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    UnitRegistrations(OrganisationDirectory organisations, NoticeCatalog notices, EmployerUnitRepository units,
                      DirectoryGroups groups, AuditLog auditLog, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.organisations = organisations;
        this.notices = notices;
        this.units = units;
        this.groups = groups;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
    }

    /** The unit normalized (credit code upper case, type and level as codes); its problems into {@code problems}. */
    public RegisteringUnit check(RegisteringUnit unit, Problems problems) {
        Problems found = new Problems();
        String credit = unit.creditCode() == null ? null : unit.creditCode().trim().toUpperCase(java.util.Locale.ROOT);
        UnitInput checked = new DirectoryRules(organisations.directory(), id -> notices.find(id).isPresent())
                .unit(new UnitInput(credit, unit.name(), unit.creditCode(), unit.type(), unit.level(), unit.region(),
                        unit.competentDepartment()), null, found);
        boolean creditNamed = false;
        for (FieldProblem p : found.list()) {
            String field = FIELDS.getOrDefault(p.field(), p.field());
            if ("code".equals(p.field())) {
                // the unit's code is its credit code: say it once, as the credit code's problem
                if (!DirectoryRules.DUPLICATE.equals(p.rule())) {
                    continue;
                }
                problems.add(field, p.rule(), "统一社会信用代码 " + credit + " 的单位已登记，不能重复注册");
                creditNamed = true;
                continue;
            }
            if (creditNamed && "creditCode".equals(field) && DirectoryRules.DUPLICATE.equals(p.rule())) {
                continue;
            }
            problems.add(field, p.rule(), p.message());
        }
        return new RegisteringUnit(checked.creditCode(), checked.name(), checked.ownership(), checked.level(),
                checked.regionCode(), checked.competentCode());
    }

    /** Whether the caller is an HR bureau whose region holds the region (the bureau above a unit). */
    public static boolean bureauAbove(cn.xj.titlereview.security.ApiUser caller, String regionCode) {
        return DirectoryAccess.of(caller).bureauRegions().stream().anyMatch(region -> Regions.within(regionCode, region));
    }

    /** The competent department's name, or empty when it is not in the directory. */
    public java.util.Optional<String> competentName(String code) {
        return organisations.directory().competentDepartment(code).map(Directory.CompetentDepartment::name);
    }

    /**
     * Writes the approved unit (code = credit code) and its group {@code unit<code>}, in the caller's transaction;
     * the directory's rules again (a unit may have been added meanwhile): problems are returned, nothing written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Problems create(RegisteringUnit unit, String actor) {
        Problems problems = new Problems();
        RegisteringUnit u = check(unit, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        EmployerUnitEntity entity = new EmployerUnitEntity(u.creditCode());
        entity.update(u.name(), u.creditCode(), u.type(), u.level(), u.region(), u.competentDepartment());
        units.saveAndFlush(entity);
        groups.ensure(RoleGroups.unit(u.creditCode()), u.name(), RoleType.EMPLOYER_UNIT);
        JdbcDirectoryStore.changed(jdbc);
        auditLog.decision(actor, AuditAction.CHANGE_DIRECTORY, null, "单位注册经主管部门 " + u.competentDepartment()
                + " 审核通过，新增用人单位 " + u.creditCode() + " " + u.name() + "（" + u.type() + "，" + u.level()
                + "，行政区划 " + u.region() + "）");
        return problems;
    }
}
