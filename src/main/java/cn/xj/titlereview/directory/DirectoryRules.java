package cn.xj.titlereview.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.directory.DirectoryInputs.BureauInput;
import cn.xj.titlereview.directory.DirectoryInputs.CommitteeInput;
import cn.xj.titlereview.directory.DirectoryInputs.CompetentInput;
import cn.xj.titlereview.directory.DirectoryInputs.UnitInput;
import cn.xj.titlereview.identity.Directory;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Labelled;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.UnitLevel;

/**
 * The rules of a directory entry, every problem at once with its field and rule in Chinese. An entry that
 * passes comes out normalized (trimmed, credit code upper case, ownership and level as codes).
 */
final class DirectoryRules {

    static final String REQUIRED = "必填";
    static final String FORMAT = "格式";
    static final String LENGTH = "长度";
    static final String DUPLICATE = "重复";
    static final String UNKNOWN = "未登记";
    static final String VALUE = "取值";
    static final String UNCHANGEABLE = "不可修改";

    private static final int NAME_LENGTH = 100;
    private static final int TERM_LENGTH = 50;

    private final Directory directory;
    private final Predicate<String> noticeExists;

    DirectoryRules(Directory directory, Predicate<String> noticeExists) {
        this.directory = directory;
        this.noticeExists = noticeExists;
    }

    /** A unit to create ({@code existing} null) or to change (the code it has). */
    UnitInput unit(UnitInput in, String existing, Problems problems) {
        String code = code(in.code(), existing, "code", "单位代码", problems);
        if (existing == null && code != null && directory.employerUnits().stream().anyMatch(u -> u.code().equals(code))) {
            problems.add("code", DUPLICATE, "单位代码 " + code + " 已登记，不能重复添加");
        }
        String name = name(in.name(), "name", "单位名称", problems);
        String creditCode = null;
        if (blank(in.creditCode())) {
            problems.add("creditCode", REQUIRED, "请填写统一社会信用代码");
        } else {
            CreditCodes.Check check = CreditCodes.check(in.creditCode(), "creditCode");
            problems.addAll(check.problems());
            if (check.valid()) {
                creditCode = check.normalized();
                // when creating, no registered unit is this one
                Optional<EmployerUnit> holder = unitWithCredit(creditCode, existing);
                if (holder.isPresent()) {
                    problems.add("creditCode", DUPLICATE, "统一社会信用代码 " + creditCode + " 已登记为单位 "
                            + holder.get().code() + "（" + holder.get().name() + "）");
                }
            }
        }
        String ownership = labelled(EmployerType.class, in.ownership(), "ownership", "单位性质", problems);
        String level = labelled(UnitLevel.class, in.level(), "level", "单位层级", problems);
        String region = region(in.regionCode(), "regionCode", problems);
        String competent = null;
        if (blank(in.competentCode())) {
            problems.add("competentCode", REQUIRED, "请填写主管部门代码");
        } else if (directory.competentDepartment(in.competentCode().trim()).isEmpty()) {
            problems.add("competentCode", UNKNOWN, "主管部门 " + in.competentCode().trim() + " 不在组织机构目录中，请先登记主管部门");
        } else {
            competent = in.competentCode().trim();
        }
        return new UnitInput(code == null ? existing : code, name, creditCode, ownership, level, region, competent);
    }

    CompetentInput competent(CompetentInput in, String existing, Problems problems) {
        String code = code(in.code(), existing, "code", "主管部门代码", problems);
        if (existing == null && code != null && directory.competentDepartment(code).isPresent()) {
            problems.add("code", DUPLICATE, "主管部门代码 " + code + " 已登记，不能重复添加");
        }
        String name = name(in.name(), "name", "主管部门名称", problems);
        String creditCode = null;
        if (!blank(in.creditCode())) {
            CreditCodes.Check check = CreditCodes.check(in.creditCode(), "creditCode");
            problems.addAll(check.problems());
            if (check.valid()) {
                creditCode = check.normalized();
                String taken = creditCode;
                directory.competentDepartments().stream()
                        .filter(c -> taken.equals(c.creditCode()) && !c.code().equals(existing)).findFirst()
                        .ifPresent(c -> problems.add("creditCode", DUPLICATE, "统一社会信用代码 " + taken + " 已登记为主管部门 "
                                + c.code() + "（" + c.name() + "）"));
            }
        }
        String region = region(in.regionCode(), "regionCode", problems);
        return new CompetentInput(code == null ? existing : code, name, creditCode, region);
    }

    CommitteeInput committee(CommitteeInput in, String existing, Problems problems) {
        String code = code(in.code(), existing, "code", "评审委员会代码", problems);
        if (existing == null && code != null && directory.committees().stream().anyMatch(c -> c.code().equals(code))) {
            problems.add("code", DUPLICATE, "评审委员会代码 " + code + " 已登记，不能重复添加");
        }
        String name = name(in.name(), "name", "评审委员会名称", problems);
        String bureau = null;
        if (blank(in.hrBureauCode())) {
            problems.add("hrBureauCode", REQUIRED, "请填写组建评审委员会的人社部门");
        } else if (directory.hrBureaus().stream().noneMatch(b -> b.code().equals(in.hrBureauCode().trim()))) {
            problems.add("hrBureauCode", UNKNOWN, "人社部门 " + in.hrBureauCode().trim() + " 不在组织机构目录中");
        } else {
            bureau = in.hrBureauCode().trim();
        }
        String series = term(in.series(), "series", "系列", true, problems);
        List<String> specialties = new ArrayList<>();
        List<String> given = in.specialties() == null ? List.of() : in.specialties();
        for (int i = 0; i < given.size(); i++) {
            String specialty = term(given.get(i), "specialties[" + i + "]", "专业", true, problems);
            if (specialty != null && !specialties.contains(specialty)) {
                specialties.add(specialty);
            }
        }
        List<String> levels = new ArrayList<>();
        List<String> givenLevels = in.levels() == null ? List.of() : in.levels();
        if (givenLevels.isEmpty()) {
            problems.add("levels", REQUIRED, "请至少填写一个评审级别");
        }
        for (int i = 0; i < givenLevels.size(); i++) {
            String level = labelled(Level.class, givenLevels.get(i), "levels[" + i + "]", "评审级别", problems);
            if (level != null && !levels.contains(level)) {
                levels.add(level);
            }
        }
        List<String> notices = notices(in.notices(), problems);
        return new CommitteeInput(code == null ? existing : code, name, bureau, series, specialties, levels, notices);
    }

    BureauInput bureau(BureauInput in, String existing, Problems problems) {
        String code = existing;
        if (existing == null) {
            code = region(in.code(), "code", problems);
            String created = code;
            if (code != null && directory.hrBureaus().stream().anyMatch(b -> b.code().equals(created))) {
                problems.add("code", DUPLICATE, DirectoryAccess.name(code, directory) + "已有人社部门，不能重复添加");
            }
        } else if (!blank(in.code()) && !in.code().trim().equals(existing)) {
            problems.add("code", UNCHANGEABLE, "人社部门代码（行政区划代码）不能修改");
        }
        String name = name(in.name(), "name", "人社部门名称", problems);
        return new BureauInput(code, name, notices(in.notices(), problems));
    }

    private List<String> notices(List<String> given, Problems problems) {
        Set<String> notices = new LinkedHashSet<>();
        List<String> list = given == null ? List.of() : given;
        for (int i = 0; i < list.size(); i++) {
            String notice = list.get(i) == null ? "" : list.get(i).trim();
            if (notice.isEmpty()) {
                problems.add("notices[" + i + "]", REQUIRED, "通知编号不能为空");
            } else if (!noticeExists.test(notice)) {
                problems.add("notices[" + i + "]", UNKNOWN, "通知 " + notice + " 不存在（见 GET /api/notices）");
            } else {
                notices.add(notice);
            }
        }
        return List.copyOf(notices);
    }

    private Optional<EmployerUnit> unitWithCredit(String creditCode, String ownCode) {
        return directory.employerUnits().stream()
                .filter(u -> creditCode.equals(u.creditCode()) && !u.code().equals(ownCode)).findFirst();
    }

    /** The code of a new entry (required) or of a changed one (optional, must not differ). */
    private static String code(String value, String existing, String field, String label, Problems problems) {
        String code = value == null ? null : value.trim();
        if (existing != null) {
            if (!blank(code) && !code.equals(existing)) {
                problems.add(field, UNCHANGEABLE, label + "不能修改（" + existing + "）");
            }
            return existing;
        }
        if (blank(code)) {
            problems.add(field, REQUIRED, "请填写" + label);
            return null;
        }
        if (!code.matches("[0-9A-Za-z]{1,20}")) {
            problems.add(field, FORMAT, label + "只能由字母和数字组成，最多20位");
            return null;
        }
        return code;
    }

    private static String name(String value, String field, String label, Problems problems) {
        if (blank(value)) {
            problems.add(field, REQUIRED, "请填写" + label);
            return null;
        }
        String name = value.trim();
        if (name.length() > NAME_LENGTH) {
            problems.add(field, LENGTH, label + "最多" + NAME_LENGTH + "个字，现为" + name.length() + "个字");
            return null;
        }
        return name;
    }

    private static String term(String value, String field, String label, boolean required, Problems problems) {
        if (blank(value)) {
            if (required) {
                problems.add(field, REQUIRED, "请填写" + label);
            }
            return null;
        }
        String term = value.trim();
        if (term.length() > TERM_LENGTH) {
            problems.add(field, LENGTH, label + "最多" + TERM_LENGTH + "个字");
            return null;
        }
        return term;
    }

    private String region(String value, String field, Problems problems) {
        if (blank(value)) {
            problems.add(field, REQUIRED, "请填写行政区划代码（GB/T 2260，6位数字）");
            return null;
        }
        String code = value.trim();
        if (!Regions.isCode(code)) {
            problems.add(field, FORMAT, "行政区划代码应为6位数字（GB/T 2260），如 652900");
            return null;
        }
        if (directory.region(code).isEmpty()) {
            problems.add(field, UNKNOWN, "行政区划代码 " + code + " 不在行政区划目录中");
            return null;
        }
        return code;
    }

    private static <E extends Enum<E> & Labelled> String labelled(Class<E> type, String value, String field, String label,
                                                                Problems problems) {
        if (blank(value)) {
            problems.add(field, REQUIRED, "请填写" + label);
            return null;
        }
        Optional<E> parsed = Labelled.parse(type, value);
        if (parsed.isEmpty()) {
            problems.add(field, VALUE, label + "“" + value.trim() + "”不是可选的值，应为 " + Labelled.allowed(type) + " 之一");
            return null;
        }
        return parsed.get().name();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
