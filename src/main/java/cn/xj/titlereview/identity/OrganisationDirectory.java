package cn.xj.titlereview.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.xj.titlereview.identity.Directory.Committee;
import cn.xj.titlereview.identity.Directory.EmployerUnit;
import cn.xj.titlereview.identity.Directory.HrBureau;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.UnitLevel;

/**
 * Who handles an application: its employer unit, the unit's competent department, and the committee and
 * HR bureau that serve its notice. Read from the directory tables and kept in memory; every read first
 * compares the token of the last change (one row by its key), so a change committed on any node is seen
 * by the next read on every node.
 */
@Component
public class OrganisationDirectory {

    private final DirectoryStore store;
    private final CommitteeExperts experts;
    private volatile Directory cached;

    public OrganisationDirectory(DirectoryStore store, CommitteeExperts experts) {
        this.store = store;
        this.experts = experts;
    }

    /** A directory that never changes (unit tests). */
    public static OrganisationDirectory fixed(Directory directory) {
        DirectoryStore store = new DirectoryStore() {
            @Override
            public String token() {
                return directory.token();
            }

            @Override
            public Directory load() {
                return directory;
            }
        };
        return new OrganisationDirectory(store, committee -> {
            throw new IllegalStateException("no experts in a fixed directory");
        });
    }

    /** The current directory (reloaded when another change has been committed since the last read). */
    public Directory directory() {
        Directory current = cached;
        String token = store.token();
        if (current != null && current.token().equals(token)) {
            return current;
        }
        synchronized (this) {
            current = cached;
            if (current == null || !current.token().equals(token)) {
                current = store.load();
                cached = current;
            }
            return current;
        }
    }

    public Optional<EmployerUnit> employerUnit(String code) {
        return directory().employerUnits().stream().filter(unit -> unit.code().equals(code)).findFirst();
    }

    /** The committees that serve the notice, by code. */
    public List<Committee> committeesOf(String noticeId) {
        return directory().committees().stream().filter(c -> c.notices().contains(noticeId)).toList();
    }

    /**
     * The committee of the notice that evaluates this series, specialty and level (see
     * {@link Directory#committeeFor}); empty when none of the notice's committees does (a specialty the
     * area does not evaluate goes out by a delegation letter, 委托评审).
     */
    public Optional<Committee> committeeFor(String noticeId, String series, String specialty, Level level) {
        return directory().committeeFor(noticeId, series, specialty, level == null ? null : level.name());
    }

    /** A committee by its code (a delegation letter names the committee it delegates to). */
    public Optional<Committee> committee(String code) {
        return directory().committees().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** An HR bureau by its region code (GB/T 2260). */
    public Optional<HrBureau> hrBureau(String regionCode) {
        return directory().hrBureaus().stream().filter(b -> b.code().equals(regionCode)).findFirst();
    }

    public Optional<HrBureau> hrBureauFor(String noticeId) {
        return directory().hrBureaus().stream().filter(b -> b.notices().contains(noticeId)).findFirst();
    }

    /**
     * 各地（州、市）人社局: the bureau that recognises a unit's direct recognition (直接认定): the bureau of the
     * unit's prefecture (the unit's GB/T 2260 region with 00 for the county); units of the autonomous region, and
     * units whose prefecture has no bureau in the directory, the notice's bureau.
     */
    public HrBureau recognisingBureau(EmployerUnit unit, HrBureau noticeBureau) {
        String region = unit.regionCode();
        if (UnitLevel.REGION.name().equals(unit.level()) || region == null || region.length() != 6) {
            return noticeBureau;
        }
        return hrBureau(region.substring(0, 4) + "00").orElse(noticeBureau);
    }

    /** The name of a competent department, if it is in the directory. */
    public Optional<String> competentName(String code) {
        return directory().competentDepartment(code).map(Directory.CompetentDepartment::name);
    }

    /** The committee's experts: the members of its expert group, by user id. */
    public List<String> expertIds(Committee committee) {
        return experts.userIds(committee.code());
    }
}
