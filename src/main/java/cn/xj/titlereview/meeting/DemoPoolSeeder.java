package cn.xj.titlereview.meeting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.identity.CommitteeExperts;
import cn.xj.titlereview.identity.DemoDataProperties;
import cn.xj.titlereview.identity.Directory.Committee;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.meeting.ExpertPoolService.PoolExpert;
import cn.xj.titlereview.notice.Level;

/**
 * Demo only: a committee whose pool is empty gets the members of its expert group as its pool, topped up to
 * {@code titlereview.demo-data.pool-size} (15) with generated demo experts ({@code zj<committee>n<NN>}, the demo
 * password), so that a meeting draws 5 of 15 as a real committee would. Every fifth generated expert works at
 * one of the demo units, so the draw's exclusion of the applicants' colleagues has something to exclude.
 * Pool entries: plausible specialties, 正高级, a term 2020–2027; a filing with its HR bureau for every year
 * 2021–2026. A committee with no demo expert at all (one a bureau adds later) is left alone.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "titlereview.demo-data.enabled", havingValue = "true")
class DemoPoolSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPoolSeeder.class);
    private static final List<String> ENGINEERING = List.of("有色金属", "建筑", "采矿工程", "机械", "电气");
    /** A committee of a whole series (no specialties listed) gets experts of that series' usual specialties. */
    private static final java.util.Map<String, List<String>> SPECIALTIES_OF_SERIES = java.util.Map.of(
            "工程系列", ENGINEERING,
            "农业系列", List.of("农学", "畜牧兽医", "植物保护", "园艺", "农业经济管理"));
    private static final List<String> EMPLOYERS = List.of("新疆大学", "新疆农业大学", "新疆工程学院", "自治区科学技术协会",
            "新疆维吾尔自治区科学院", "石河子大学", "塔里木大学");

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "艾", "买", "热", "阿", "努");
    private static final List<String> GIVEN_NAMES = List.of("建国", "志强", "秀兰", "海燕", "立新", "红梅", "文博", "晓东",
            "古丽", "江", "明", "静", "磊", "敏", "勇", "娜");

    private final JdbcTemplate jdbc;
    private final OrganisationDirectory organisations;
    private final CommitteeExperts experts;
    private final ExpertPoolService pool;
    private final TransactionTemplate transaction;
    private final IdentityService identity;
    private final String demoPassword;
    private final int poolSize;

    DemoPoolSeeder(JdbcTemplate jdbc, OrganisationDirectory organisations, CommitteeExperts experts,
                   ExpertPoolService pool, PlatformTransactionManager transactions, IdentityService identity,
                   DemoDataProperties demo) {
        this.identity = identity;
        this.demoPassword = demo.password();
        this.poolSize = demo.poolSize();
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.experts = experts;
        this.pool = pool;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Committee committee : organisations.directory().committees()) {
            transaction.executeWithoutResult(status -> seed(committee, poolSize));
        }
    }

    /** Seeds the pool of one committee with {@code size} experts (at least its demo experts); false if it had one. */
    boolean seed(Committee committee, int size) {
        if (!pool.pool(committee.code()).isEmpty()) {
            return false;
        }
        List<String> members = new ArrayList<>(experts.userIds(committee.code()));
        if (members.isEmpty()) {
            return false;
        }
        int listed = members.size();
        while (members.size() < size) {
            members.add(generatedExpert(committee, members.size() + 1));
        }
        List<EmployerUnit> demoUnits = organisations.directory().employerUnits();
        List<String> specialties = !committee.specialties().isEmpty() ? committee.specialties()
                : SPECIALTIES_OF_SERIES.getOrDefault(committee.series(), List.of(committee.series()));
        for (int i = 0; i < members.size(); i++) {
            boolean atDemoUnit = i >= listed && (i + 1) % 5 == 0 && !demoUnits.isEmpty();
            EmployerUnit unit = atDemoUnit ? demoUnits.get((i / 5) % demoUnits.size()) : null;
            pool.insert(new PoolExpert(committee.code(), members.get(i), committee.series(),
                    specialties.get(i % specialties.size()), Level.SENIOR_FULL,
                    unit == null ? EMPLOYERS.get(i % EMPLOYERS.size()) : unit.name(), unit == null ? null : unit.code(),
                    committee.hrBureau(), LocalDate.of(2020, 1, 1), LocalDate.of(2027, 12, 31), true));
        }
        for (int year = 2021; year <= 2026; year++) {
            jdbc.update("insert into committee_filing (committee_code, bureau_code, filed_on, filing_year, valid_until, "
                            + "pool_size, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    committee.code(), committee.hrBureau(), java.sql.Date.valueOf(LocalDate.of(year, 1, 1)), year,
                    java.sql.Date.valueOf(LocalDate.of(year, 12, 31)), members.size(), "demo",
                    Timestamp.from(ProductClock.now()));
        }
        log.info("演示数据：评审委员会 {} 的评审专家库 {} 名专家（其中生成 {} 名），2021–2026 年度备案", committee.code(),
                members.size(), members.size() - listed);
        return true;
    }

    /** A demo expert account of the committee's expert group, e.g. zj650101n06 (陈建国). */
    private String generatedExpert(Committee committee, int number) {
        String id = "zj" + committee.code() + "n" + String.format("%02d", number);
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            int seed = Math.abs((committee.code() + number).hashCode());
            user.setLastName(SURNAMES.get(seed % SURNAMES.size()));
            user.setFirstName(GIVEN_NAMES.get((seed / SURNAMES.size()) % GIVEN_NAMES.size()));
            user.setPassword(demoPassword);
            identity.saveUser(user);
        }
        String group = RoleGroups.experts(committee.code());
        if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
            identity.createMembership(id, group);
        }
        return id;
    }
}
