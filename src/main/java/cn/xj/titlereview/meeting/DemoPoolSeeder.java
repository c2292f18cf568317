package cn.xj.titlereview.meeting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

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
import cn.xj.titlereview.identity.Directory.Committee;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.meeting.ExpertPoolService.PoolExpert;
import cn.xj.titlereview.notice.Level;

/**
 * Demo only: a committee whose pool is empty gets the members of its expert group as its pool (plausible
 * specialties, 正高级, employers that are none of the demo applicants' units, a term 2020–2027), and a filing with
 * its HR bureau for every year 2021–2026, so that the demo campaigns can hold meetings.
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

    private final JdbcTemplate jdbc;
    private final OrganisationDirectory organisations;
    private final CommitteeExperts experts;
    private final ExpertPoolService pool;
    private final TransactionTemplate transaction;

    DemoPoolSeeder(JdbcTemplate jdbc, OrganisationDirectory organisations, CommitteeExperts experts,
                   ExpertPoolService pool, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.experts = experts;
        this.pool = pool;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Committee committee : organisations.directory().committees()) {
            transaction.executeWithoutResult(status -> seed(committee));
        }
    }

    private void seed(Committee committee) {
        if (!pool.pool(committee.code()).isEmpty()) {
            return;
        }
        List<String> members = experts.userIds(committee.code());
        if (members.isEmpty()) {
            return;
        }
        List<String> specialties = !committee.specialties().isEmpty() ? committee.specialties()
                : SPECIALTIES_OF_SERIES.getOrDefault(committee.series(), List.of(committee.series()));
        for (int i = 0; i < members.size(); i++) {
            pool.insert(new PoolExpert(committee.code(), members.get(i), committee.series(),
                    specialties.get(i % specialties.size()), Level.SENIOR_FULL, EMPLOYERS.get(i % EMPLOYERS.size()), null,
                    committee.hrBureau(), LocalDate.of(2020, 1, 1), LocalDate.of(2027, 12, 31), true));
        }
        for (int year = 2021; year <= 2026; year++) {
            jdbc.update("insert into committee_filing (committee_code, bureau_code, filed_on, filing_year, valid_until, "
                            + "pool_size, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    committee.code(), committee.hrBureau(), java.sql.Date.valueOf(LocalDate.of(year, 1, 1)), year,
                    java.sql.Date.valueOf(LocalDate.of(year, 12, 31)), members.size(), "demo",
                    Timestamp.from(ProductClock.now()));
        }
        log.info("演示数据：评审委员会 {} 的评审专家库 {} 名专家，2021–2026 年度备案", committee.code(), members.size());
    }
}
