package cn.xj.titlereview.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.security.ApiUser;

/**
 * Demo only: a committee office holds a meeting for one application as the meetings page lets it (create on a
 * date, assign the application, draw as many experts as the active pool allows, an odd number, and open the vote).
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

    /** The meeting's id. */
    public long hold(ApiUser office, String committeeCode, String applicationNo, String level, LocalDate date) {
        long active = pool.experts(office, committeeCode).stream().filter(ExpertPoolService.PoolExpert::active).count();
        long count = active % 2 == 1 ? active : active - 1;
        MeetingViews.MeetingView created = meetings.create(office, committeeCode, new PoolInputs.MeetingInput(date.toString(),
                "评审委员会会议室", null, List.of(level), null, (int) count));
        long id = created.id();
        meetings.assign(office, id, new PoolInputs.ApplicationsInput(List.of(applicationNo)));
        meetings.draw(office, id);
        meetings.open(office, id);
        return id;
    }
}
