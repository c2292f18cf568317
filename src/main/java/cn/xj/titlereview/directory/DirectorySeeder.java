package cn.xj.titlereview.directory;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xj.titlereview.identity.DemoDirectory;
import cn.xj.titlereview.identity.DemoDirectory.Committee;
import cn.xj.titlereview.identity.DemoDirectory.EmployerUnit;
import cn.xj.titlereview.identity.DemoDirectory.Organisation;
import cn.xj.titlereview.identity.DemoDirectory.RegionEntry;

/**
 * Fills empty directory tables from the organisation files: the regions when the region table is empty,
 * the organisations when no organisation is registered yet. One transaction that first locks the version
 * row: nodes starting at once take turns, and the second finds the tables filled and adds nothing.
 */
public class DirectorySeeder {

    private static final Logger log = LoggerFactory.getLogger(DirectorySeeder.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public DirectorySeeder(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Seeds what is empty; the number of rows written (0 when another node or an earlier start did it). */
    public int seedIfEmpty(List<RegionEntry> regions, DemoDirectory organisations) {
        Integer written = transaction.execute(status -> {
            jdbc.queryForObject("select token from directory_version where id = 1 for update", String.class);
            int rows = 0;
            if (count("region") == 0) {
                for (RegionEntry region : regions) {
                    rows += jdbc.update("insert into region (code, name) values (?, ?)", region.code(), region.name());
                }
                for (RegionEntry region : organisations.regions()) {
                    rows += jdbc.update("insert into region (code, name) values (?, ?)", region.code(), region.name());
                }
            }
            if (count("hr_bureau") + count("competent_department") + count("employer_unit") + count("committee") == 0) {
                rows += organisations(organisations);
            }
            if (rows > 0) {
                JdbcDirectoryStore.changed(jdbc);
            }
            return rows;
        });
        if (written != null && written > 0) {
            log.info("组织机构目录已按种子文件初始化：写入 {} 行", written);
        }
        return written == null ? 0 : written;
    }

    private int organisations(DemoDirectory seed) {
        int rows = 0;
        for (Organisation bureau : seed.hrBureaus()) {
            rows += jdbc.update("insert into hr_bureau (code, name) values (?, ?)", bureau.code(), bureau.name());
            for (String notice : bureau.notices()) {
                jdbc.update("insert into hr_bureau_notice (bureau_code, notice_id) values (?, ?)", bureau.code(), notice);
            }
        }
        for (Organisation competent : seed.competentUnits()) {
            rows += jdbc.update("insert into competent_department (code, name, credit_code, region_code) values (?, ?, ?, ?)",
                    competent.code(), competent.name(), competent.creditCode(), competent.region());
        }
        for (EmployerUnit unit : seed.employerUnits()) {
            rows += jdbc.update("insert into employer_unit (code, name, credit_code, ownership, unit_level, region_code, "
                            + "competent_code) values (?, ?, ?, ?, ?, ?, ?)", unit.code(), unit.name(), unit.creditCode(),
                    unit.ownership(), unit.level(), unit.region(), unit.competent());
        }
        for (Committee committee : seed.committees()) {
            rows += jdbc.update("insert into committee (code, name, series, hr_bureau_code) values (?, ?, ?, ?)",
                    committee.code(), committee.name(), committee.series(), committee.hrBureau());
            for (String notice : committee.notices()) {
                jdbc.update("insert into committee_notice (committee_code, notice_id) values (?, ?)", committee.code(), notice);
            }
            for (String specialty : committee.specialties()) {
                jdbc.update("insert into committee_specialty (committee_code, specialty) values (?, ?)", committee.code(), specialty);
            }
            for (String level : committee.levels()) {
                jdbc.update("insert into committee_level (committee_code, title_level) values (?, ?)", committee.code(), level);
            }
        }
        return rows;
    }

    private long count(String table) {
        Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return n == null ? 0 : n;
    }
}
