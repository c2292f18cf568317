package cn.xj.titlereview.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.identity.Directory;
import cn.xj.titlereview.identity.Directory.Committee;
import cn.xj.titlereview.identity.Directory.CompetentDepartment;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.Directory.HrBureau;
import cn.xj.titlereview.identity.Directory.Region;
import cn.xj.titlereview.identity.DirectoryStore;

/**
 * The directory tables read with plain SQL (in the caller's transaction, if any): the token row by its key,
 * the whole directory in ten queries. Every writer calls {@link #changed(JdbcTemplate)} in its transaction.
 */
public class JdbcDirectoryStore implements DirectoryStore {

    private final JdbcTemplate jdbc;

    public JdbcDirectoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the change of the current transaction (taking the row's lock until it ends). */
    static void changed(JdbcTemplate jdbc) {
        jdbc.update("update directory_version set token = ? where id = 1", UUID.randomUUID().toString());
    }

    @Override
    public String token() {
        return jdbc.queryForObject("select token from directory_version where id = 1", String.class);
    }

    @Override
    public Directory load() {
        String token = token();
        List<Region> regions = jdbc.query("select code, name from region order by code",
                (rs, i) -> new Region(rs.getString(1), rs.getString(2)));
        Map<String, List<String>> bureauNotices = lists("select bureau_code, notice_id from hr_bureau_notice order by bureau_code, notice_id");
        List<HrBureau> bureaus = jdbc.query("select code, name from hr_bureau order by code",
                (rs, i) -> new HrBureau(rs.getString(1), rs.getString(2), bureauNotices.get(rs.getString(1))));
        List<CompetentDepartment> competent = jdbc.query(
                "select code, name, credit_code, region_code from competent_department order by code",
                (rs, i) -> new CompetentDepartment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        List<EmployerUnit> units = jdbc.query(
                "select code, name, credit_code, ownership, unit_level, region_code, competent_code from employer_unit order by code",
                (rs, i) -> new EmployerUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
        Map<String, List<String>> notices = lists("select committee_code, notice_id from committee_notice order by committee_code, notice_id");
        Map<String, List<String>> specialties = lists("select committee_code, specialty from committee_specialty order by committee_code, specialty");
        Map<String, List<String>> levels = lists("select committee_code, title_level from committee_level order by committee_code, title_level");
        List<Committee> committees = jdbc.query("select code, name, hr_bureau_code, series from committee order by code",
                (rs, i) -> {
                    String code = rs.getString(1);
                    return new Committee(code, rs.getString(2), rs.getString(3), rs.getString(4),
                            specialties.get(code), levels.get(code), notices.get(code));
                });
        return new Directory(token, regions, bureaus, competent, units, committees);
    }

    private Map<String, List<String>> lists(String sql) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            lists.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return lists;
    }
}
