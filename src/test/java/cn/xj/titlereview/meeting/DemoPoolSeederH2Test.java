package cn.xj.titlereview.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.identity.Directory.Committee;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.meeting.ExpertPoolService.PoolExpert;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * The demo's pools: a committee's listed experts topped up with generated demo experts to the pool size, some
 * of them working at demo units, filed for 2021–2026, and seeded once. (The tests' own committees keep the five
 * listed experts: {@code titlereview.demo-data.pool-size=5} in test.properties.)
 */
@H2IntegrationTest
class DemoPoolSeederH2Test {

    /** A committee of its own (Hami 农业系列, 中级), so the shared demo committees keep their pools. */
    private static final String CODE = "650598";
    private static final String LISTED = "poolseed01";

    @Autowired
    DemoPoolSeeder seeder;
    @Autowired
    ExpertPoolService pool;
    @Autowired
    OrganisationDirectory organisations;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheAccounts() {
        identity.createUserQuery().memberOfGroup("expert" + CODE).list().forEach(u -> identity.deleteUser(u.getId()));
        jdbc.update("delete from committee_filing where committee_code = ?", CODE);
        jdbc.update("delete from committee_expert where committee_code = ?", CODE);
        jdbc.update("delete from committee where code = ?", CODE);
        identity.deleteGroup("committee" + CODE);
        identity.deleteGroup("expert" + CODE);
    }

    @Test
    void aCommitteeWithOneListedExpertIsToppedUpToFifteenAndSeededOnce() {
        Committee committee = committeeWithOneListedExpert();

        assertThat(seeder.seed(committee, 15)).isTrue();

        List<PoolExpert> experts = pool.pool(CODE);
        assertThat(experts).hasSize(15).allMatch(PoolExpert::active);
        assertThat(experts.get(0).expertId()).isEqualTo(LISTED);
        assertThat(experts).extracting(PoolExpert::expertId).contains("zj650598n02", "zj650598n15")
                .doesNotHaveDuplicates();
        User generated = identity.createUserQuery().userId("zj650598n02").memberOfGroup("expert" + CODE).singleResult();
        assertThat(generated).as("an account in the committee's expert group").isNotNull();
        assertThat(generated.getLastName() + generated.getFirstName()).matches("\\p{IsHan}{2,3}");
        assertThat(identity.checkPassword("zj650598n02", "Demo@2024!")).isTrue();
        assertThat(experts).filteredOn(e -> e.employerUnitCode() != null).as("colleagues of demo applicants")
                .hasSize(3).allMatch(e -> organisations.directory().employerUnits().stream()
                        .anyMatch(u -> u.code().equals(e.employerUnitCode()) && u.name().equals(e.employerUnit())));
        assertThat(jdbc.queryForList("select filing_year from committee_filing where committee_code = ? order by filing_year",
                Integer.class, CODE)).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);

        assertThat(seeder.seed(committee, 15)).as("a second start adds nothing").isFalse();
        assertThat(pool.pool(CODE)).hasSize(15);
    }

    @Test
    void aCommitteeWithoutListedExpertsGetsNone() {
        Committee committee = new Committee("650597", "测试评委会", "650500", "农业系列", List.of("农学"),
                List.of("INTERMEDIATE"), List.of());

        assertThat(seeder.seed(committee, 15)).isFalse();
        assertThat(pool.pool("650597")).isEmpty();
        assertThat(identity.createUserQuery().userIdIn("zj650597n01", "zj650597n02").count()).isZero();
    }

    private Committee committeeWithOneListedExpert() {
        // the row the pool's foreign key needs; the directory's cache need not know the committee
        jdbc.update("insert into committee (code, name, hr_bureau_code, series) values (?, ?, ?, ?)", CODE,
                "哈密市农业系列测试评审委员会", "650500", "农业系列");
        identity.saveGroup(identity.newGroup("committee" + CODE));
        identity.saveGroup(identity.newGroup("expert" + CODE));
        User listed = identity.newUser(LISTED);
        listed.setLastName("测");
        listed.setFirstName("试");
        listed.setPassword("Demo@2024!");
        identity.saveUser(listed);
        identity.createMembership(LISTED, "expert" + CODE);
        return new Committee(CODE, "哈密市农业系列测试评审委员会", "650500", "农业系列", List.of("农学"), List.of("INTERMEDIATE"),
                List.of());
    }
}
