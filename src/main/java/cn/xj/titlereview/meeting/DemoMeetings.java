package cn.xj.titlereview.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.security.ApiUser;

/**
 * Demo only: a committee office holds a meeting for one application as the meetings page lets it (create on a
 * date, assign the application, draw the number of experts the level needs from the pool of 15, and open the vote).
 */
@Component
@ConditionalOnProperty(name = "titlereview.demo-data.enabled", havingValue = "true")
public class DemoMeetings {

    private final MeetingService meetings;
    private final ExpertPoolService pool;

    DemoMeetings(MeetingService meetings, ExpertPoolService pool) {
        this.meetings = meetings;
        this.pool = pool;
    }

    /** A meeting held for the application: planned, its experts drawn, the vote opened; the meeting's id. */
    public long hold(ApiUser office, String committeeCode, String applicationNo, String level, LocalDate date) {
        long id = plan(office, committeeCode, applicationNo, level, date);
        meetings.open(office, id);
        return id;
    }

    /**
     * A meeting planned for the application on that date with its experts drawn, the vote not yet opened (the
     * application waits for it); the meeting's id.
     */
    public long plan(ApiUser office, String committeeCode, String applicationNo, String level, LocalDate date) {
        // the level's minimum (5 for 正/副高级, else 3), as a committee draws from its pool; the pool's size is the ceiling
        long active = pool.experts(office, committeeCode).stream().filter(ExpertPoolService.PoolExpert::active).count();
        long count = Math.min(MeetingRules.minimumExperts(List.of(Level.valueOf(level))), active % 2 == 1 ? active : active - 1);
        MeetingViews.MeetingView created = meetings.create(office, committeeCode, new PoolInputs.MeetingInput(date.toString(),
                "评审委员会会议室", null, List.of(level), null, (int) count));
        long id = created.id();
        meetings.assign(office, id, new PoolInputs.ApplicationsInput(List.of(applicationNo)));
        meetings.draw(office, id);
        return id;
    }
}
