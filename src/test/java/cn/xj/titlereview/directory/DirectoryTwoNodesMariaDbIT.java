package cn.xj.titlereview.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.identity.CommitteeExperts;
import cn.xj.titlereview.identity.DemoDirectory;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.OrganisationsFile;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.NoticeService;
import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.support.MariaDbIntegrationTest;
import cn.xj.titlereview.support.MariaDbTestDatabase;

/**
 * Two nodes on one MariaDB schema: the product (node A, the Spring context) and a second node's directory on
 * a DataSource of its own (node B). A unit added through node A's API is routed to by node B's next read,
 * without a restart; two nodes seeding an empty schema at the same moment write the seed once.
 */
@MariaDbIntegrationTest
class DirectoryTwoNodesMariaDbIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    NoticeService notices;
    @Autowired
    CommitteeExperts experts;
    @Autowired
    OrganisationDirectory nodeA;

    static DriverManagerDataSource dataSource(String url) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, MariaDbTestDatabase.user(),
                MariaDbTestDatabase.password());
        dataSource.setDriverClassName("com.mysql.cj.jdbc.Driver");
        return dataSource;
    }

    @Test
    void aUnitAddedOnOneNodeIsRoutedToAtOnceOnTheOther() {
        OrganisationDirectory nodeB = new OrganisationDirectory(
                new JdbcDirectoryStore(new JdbcTemplate(dataSource(MariaDbTestDatabase.url()))), experts);
        CampaignProcessService campaignsOnB = new CampaignProcessService(null, null, notices, nodeB);
        assertThat(nodeB.employerUnit("652902301")).as("node B has read its copy").isEmpty();
        assertThat(nodeA.employerUnit("652902301")).isEmpty();

        String creditCode = DirectoryApiH2Test.credit("91652902MC0000301");
        ResponseEntity<JsonNode> created = new DirectoryApi(rest).post("hrbaks01", "/api/directory/units",
                DirectoryApiH2Test.unit("652902301", "库车市示范能源有限公司", creditCode, "652902", "652901"));
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);

        assertThat(nodeB.employerUnit("652902301")).hasValueSatisfying(unit -> {
            assertThat(unit.name()).isEqualTo("库车市示范能源有限公司");
            assertThat(unit.creditCode()).isEqualTo(creditCode);
        });
        Map<String, Object> variables = campaignsOnB.variables(new ApplicationProcessStart("T-B-1",
                "notice-2024-akesu-coal", Level.INTERMEDIATE, "工程系列", "煤炭", "652902301", "sbaks01", null));
        assertThat(variables).containsEntry(CampaignVariables.UNIT_GROUP.name(), "unit652902301")
                .containsEntry(CampaignVariables.COMPETENT_GROUP.name(), "competent652901")
                .containsEntry(CampaignVariables.HRB_GROUP.name(), "hrb652900");

        // a change made on node A is seen by B's next read, and a read with no change keeps B's copy
        assertThat(new DirectoryApi(rest).put("hrbxj01", "/api/directory/units/652902301",
                DirectoryApiH2Test.unit(null, "库车市示范能源股份有限公司", creditCode, "652902", "652901"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(nodeB.employerUnit("652902301").orElseThrow().name()).isEqualTo("库车市示范能源股份有限公司");
        assertThat(nodeB.directory()).isSameAs(nodeB.directory());
    }

    @Test
    void twoNodesSeedingAnEmptySchemaAtOnceWriteTheSeedOnce() throws Exception {
        String database = "titlereview_seed_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        MariaDbTestDatabase.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        try {
            String url = MariaDbTestDatabase.urlOf(database);
            Flyway.configure().dataSource(url, MariaDbTestDatabase.user(), MariaDbTestDatabase.password())
                    .locations("classpath:db/migration/common", "classpath:db/migration/mysql").load().migrate();
            DefaultResourceLoader resources = new DefaultResourceLoader();
            DemoDirectory seed = OrganisationsFile.read(resources, OrganisationsFile.DEMO);
            List<DemoDirectory.RegionEntry> regions = OrganisationsFile.read(resources,
                    "classpath:config/directory/regions.yml").regions();

            int nodes = 2;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(nodes);
            List<Future<Integer>> written = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                DriverManagerDataSource own = dataSource(url);
                DirectorySeeder seeder = new DirectorySeeder(new JdbcTemplate(own),
                        new TransactionTemplate(new DataSourceTransactionManager(own)));
                written.add(pool.submit(() -> {
                    start.await();
                    return seeder.seedIfEmpty(regions, seed);
                }));
            }
            start.countDown();
            List<Integer> rows = new ArrayList<>();
            for (Future<Integer> f : written) {
                rows.add(f.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();

            int expected = regions.size() + seed.hrBureaus().size() + seed.competentUnits().size()
                    + seed.employerUnits().size() + seed.committees().size();
            assertThat(rows).containsExactlyInAnyOrder(expected, 0);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource(url));
            assertThat(jdbc.queryForObject("select count(*) from employer_unit", Integer.class))
                    .isEqualTo(seed.employerUnits().size());
            assertThat(jdbc.queryForObject("select count(*) from region", Integer.class)).isEqualTo(regions.size());
            assertThat(jdbc.queryForObject("select count(*) from committee_notice", Integer.class))
                    .isEqualTo(seed.committees().stream().mapToInt(c -> c.notices().size()).sum());
            // every unit of the seed, read back in the order of their codes
            assertThat(new JdbcDirectoryStore(jdbc).load().employerUnits()).extracting(u -> u.code())
                    .containsExactlyElementsOf(seed.employerUnits().stream().map(u -> u.code()).sorted().toList())
                    .contains("650100001", "650500001", "650500002", "652827001", "652900001");
        } finally {
            MariaDbTestDatabase.execute("DROP DATABASE IF EXISTS " + database);
        }
    }
}
