package cn.xj.titlereview.directory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xj.titlereview.identity.DemoDirectory;
import cn.xj.titlereview.identity.OrganisationsFile;

/**
 * The directory's store, seeded before anyone reads it. The seed: {@code titlereview.directory.seed} when set,
 * else the demo's organisation file when the demo data is on, else {@code config/directory/province.yml}
 * (the autonomous region's HR bureau alone).
 */
@Configuration
class DirectoryConfiguration {

    static final String PROVINCE_SEED = "classpath:config/directory/province.yml";

    /** Which organisation file seeded (or would seed) the directory on this node. */
    record Seed(String location, DemoDirectory organisations) {
    }

    @Bean
    Seed directorySeed(ResourceLoader resources, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                       @Value("${titlereview.directory.seed:}") String seed,
                       @Value("${titlereview.directory.regions:classpath:config/directory/regions.yml}") String regions,
                       @Value("${titlereview.demo-data.enabled:false}") boolean demo,
                       @Value("${titlereview.organisations.location:" + OrganisationsFile.DEMO + "}") String demoFile) {
        String location = !seed.isBlank() ? seed : demo ? demoFile : PROVINCE_SEED;
        DemoDirectory organisations = OrganisationsFile.read(resources, location);
        new DirectorySeeder(jdbc, new TransactionTemplate(transactions))
                .seedIfEmpty(OrganisationsFile.read(resources, regions).regions(), organisations);
        return new Seed(location, organisations);
    }

    @Bean
    JdbcDirectoryStore directoryStore(JdbcTemplate jdbc, Seed seeded) {
        return new JdbcDirectoryStore(jdbc);
    }
}
