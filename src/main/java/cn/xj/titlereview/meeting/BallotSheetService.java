package cn.xj.titlereview.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.security.ApiUser;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The ballot sheet (表决票) of one drawn expert at one meeting: the meeting's applications the expert votes on (blind:
 * number, level, specialty), FOR / AGAINST / ABSTAIN on each, submitted once. Each vote completes the expert's vote
 * task of that application, so the secret ballot stays as it is: the vote is the task's local variable, only counts
 * reach the processes. A submission that meets another expert's at the same moment on the same application is tried
 * again as a whole (the engine's optimistic lock), so no expert sees a server error for it.
 */
@Service
public class BallotSheetService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BallotSheetService.class);
    static final Set<String> VOTES = Set.of("FOR", "AGAINST", "ABSTAIN");
    private static final int ATTEMPTS = 12;

    private final JdbcTemplate jdbc;
    private final MeetingEngine engine;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final ExpertPoolService pool;

    BallotSheetService(JdbcTemplate jdbc, MeetingEngine engine, AuditLog auditLog, PlatformTransactionManager transactions,
                       ExpertPoolService pool) {
        this.pool = pool;
        this.jdbc = jdbc;
        this.engine = engine;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Schema(description = "表决票")
    record Sheet(long meetingId, String expertId, List<Line> applications,
                 @Schema(description = "表决已开始且本票已提交") boolean submitted) {
    }

    @Schema(description = "表决票上的一份申报（盲评：编号、级别、专业）；open=false：已回避或已投票")
    record Line(String applicationNo, String level, String specialty, boolean open) {
    }

    @Schema(description = "提交的表决票：每份申报一票")
    record SheetInput(@Schema(description = "申报编号 → FOR 同意、AGAINST 不同意、ABSTAIN 弃权") Map<String, String> votes) {
    }

    @Schema(description = "我被抽取为评委的评审会议")
    record MyMeeting(long id, String committeeCode, String committeeName, java.time.LocalDate date, String place,
                     String videoLink,
                     @Schema(description = "DRAWN 已抽取评委（尚未开始表决）、OPEN 已开始表决") String status,
                     @Schema(description = "会议的申报份数") int applications,
                     @Schema(description = "本人的表决票已提交") boolean submitted) {
    }

    /** The meetings the user sits on as a drawn expert (not those declined), the latest first; none for others. */
    public List<MyMeeting> mine(ApiUser user) {
        return transaction.execute(status -> jdbc.query("select m.id, m.committee_code, m.meeting_date, m.place, "
                + "m.video_link, m.status, (select count(*) from meeting_application a where a.meeting_id = m.id) "
                + "from committee_meeting m join meeting_expert e on e.meeting_id = m.id where e.expert_id = ? "
                + "and e.status = ? order by m.meeting_date desc, m.id desc", (rs, i) -> {
                    long id = rs.getLong(1);
                    String code = rs.getString(2);
                    String name;
                    try {
                        name = pool.committee(code).name();
                    } catch (ApiProblemException e) {
                        name = code;
                    }
                    String state = rs.getString(6);
                    boolean submitted = MeetingService.OPEN.equals(state) && read(user.userId(), id).submitted();
                    return new MyMeeting(id, code, name, rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5),
                            state, rs.getInt(7), submitted);
                }, user.userId(), MeetingService.DRAWN));
    }

    public Sheet sheet(ApiUser user, long meetingId) {
        requireSeated(user, meetingId);
        return transaction.execute(status -> read(user.userId(), meetingId));
    }

    public Sheet submit(ApiUser user, long meetingId, SheetInput input) {
        requireSeated(user, meetingId);
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> cast(user, meetingId, input));
            } catch (RuntimeException e) {
                if (!concurrent(e)) {
                    throw e;
                }
                log.info("评审会议 {}：评委 {} 的表决票与其他评委同时提交，第 {} 次重试", meetingId, user.userId(), attempt);
                if (attempt >= ATTEMPTS) {
                    throw ApiProblemException.conflict("其他评委正在同时投票，请稍后再提交表决票");
                }
                backOff(attempt);
            }
        }
    }

    /** A short random pause before the next try, growing with the tries, so that the sheets that met part. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(10, 40L * Math.min(attempt, 5) + 11));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiProblemException.conflict("表决票提交被中断，请再提交一次");
        }
    }

    /** Another expert's sheet changed the same vote at the same moment: an optimistic lock, a deadlock, a lock timeout. */
    static boolean concurrent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof java.sql.SQLTransactionRollbackException
                    || t instanceof org.springframework.dao.PessimisticLockingFailureException
                    || (t instanceof java.sql.SQLException sql && "HYT00".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private Sheet cast(ApiUser user, long meetingId, SheetInput input) {
        Map<String, String> open = engine.openBallots(meetingId, user.userId());
        if (open.isEmpty()) {
            throw ApiProblemException.conflict("评审会议 " + meetingId + " 没有待您表决的申报：表决票已提交，或表决尚未开始");
        }
        Map<String, String> votes = input == null || input.votes() == null ? Map.of() : input.votes();
        Problems problems = new Problems();
        for (String no : open.keySet()) {
            String vote = votes.get(no);
            if (vote == null) {
                problems.add("votes." + no, "必填", "请对申报 " + no + " 投票：同意、不同意或弃权");
            } else if (!VOTES.contains(vote)) {
                problems.add("votes." + no, "取值", "表决意见须为 FOR（同意）、AGAINST（不同意）或 ABSTAIN（弃权）：" + vote);
            }
        }
        for (String no : votes.keySet()) {
            if (!open.containsKey(no)) {
                problems.add("votes." + no, "不在表决票上", "申报 " + no + " 不在您本次会议的表决票上（或您已回避）");
            }
        }
        problems.throwIfAny("表决票未提交");
        open.forEach((no, taskId) -> engine.cast(taskId, votes.get(no)));
        auditLog.decision(user.userId(), AuditAction.VOTE_CAST, null, "评审会议 " + meetingId + "：提交表决票（"
                + open.size() + " 份申报）");
        Sheet sheet = read(user.userId(), meetingId);
        return new Sheet(sheet.meetingId(), sheet.expertId(), sheet.applications(), true);
    }

    private Sheet read(String expertId, long meetingId) {
        Map<String, String> open = engine.openBallots(meetingId, expertId);
        List<Line> lines = new ArrayList<>();
        Map<String, String[]> applications = new LinkedHashMap<>();
        jdbc.query("select application_no, title_level, specialty from meeting_application where meeting_id = ? "
                + "order by application_no", rs -> {
                    applications.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }, meetingId);
        List<String> recused = jdbc.queryForList("select application_no from meeting_interest where meeting_id = ? "
                + "and expert_id = ?", String.class, meetingId, expertId);
        applications.forEach((no, a) -> {
            if (!recused.contains(no)) {
                lines.add(new Line(no, a[0], a[1], open.containsKey(no)));
            }
        });
        String status = jdbc.queryForObject("select status from committee_meeting where id = ?", String.class, meetingId);
        return new Sheet(meetingId, expertId, lines, MeetingService.OPEN.equals(status) && open.isEmpty() && !lines.isEmpty());
    }

    private void requireSeated(ApiUser user, long meetingId) {
        Long seated = jdbc.queryForObject("select count(*) from meeting_expert where meeting_id = ? and expert_id = ? "
                + "and status = ?", Long.class, meetingId, user.userId(), MeetingService.DRAWN);
        if (seated == null || seated == 0) {
            throw ApiProblemException.forbidden("只有本次评审会议抽取的评委可以查看和提交表决票");
        }
    }
}
