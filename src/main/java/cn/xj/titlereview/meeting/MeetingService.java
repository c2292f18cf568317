package cn.xj.titlereview.meeting;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.identity.Directory.Committee;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.meeting.ExpertDraw.Candidate;
import cn.xj.titlereview.meeting.ExpertDraw.Outcome;
import cn.xj.titlereview.meeting.ExpertPoolService.Filing;
import cn.xj.titlereview.meeting.ExpertPoolService.PoolExpert;
import cn.xj.titlereview.meeting.MeetingEngine.WaitingApplication;
import cn.xj.titlereview.meeting.MeetingViews.ApplicationView;
import cn.xj.titlereview.meeting.MeetingViews.DrawView;
import cn.xj.titlereview.meeting.MeetingViews.ExpertView;
import cn.xj.titlereview.meeting.MeetingViews.InterestView;
import cn.xj.titlereview.meeting.MeetingViews.MeetingView;
import cn.xj.titlereview.meeting.PoolInputs.ApplicationsInput;
import cn.xj.titlereview.meeting.PoolInputs.DeclineInput;
import cn.xj.titlereview.meeting.PoolInputs.MeetingInput;
import cn.xj.titlereview.meeting.PoolInputs.RecusalInput;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.security.ApiUser;

/**
 * Committee meetings (评审会议): the office creates a meeting on a date its filing covers, assigns the applications
 * that wait for a meeting, draws the meeting's experts at random from the active pool (recorded so that it can be
 * replayed), replaces an expert who declines by a further draw, records interests (回避) and opens the vote: each
 * application's vote stage then gets the drawn experts less those who stood aside from it.
 */
@Service
public class MeetingService {

    static final String PLANNED = "PLANNED";
    static final String DRAWN = "DRAWN";
    static final String OPEN = "OPEN";
    static final String DECLINED = "DECLINED";
    static final String INITIAL = "INITIAL";
    static final String REPLACEMENT = "REPLACEMENT";

    private final JdbcTemplate jdbc;
    private final ExpertPoolService pool;
    private final OrganisationDirectory organisations;
    private final MeetingEngine engine;
    private final AuditLog auditLog;
    private final SecureRandom seeds = new SecureRandom();

    MeetingService(JdbcTemplate jdbc, ExpertPoolService pool, OrganisationDirectory organisations, MeetingEngine engine,
                   AuditLog auditLog) {
        this.jdbc = jdbc;
        this.pool = pool;
        this.organisations = organisations;
        this.engine = engine;
        this.auditLog = auditLog;
    }

    record Meeting(long id, String committeeCode, LocalDate date, String place, String videoLink, List<Level> levels,
                   List<String> specialties, int expertCount, String status, long filingId, String createdBy) {
    }

    private record Assigned(String applicationNo, String level, String specialty, String unitCode) {
    }

    private record MeetingExpert(String expertId, long drawId, String status, String reason) {
    }

    private record Interest(String expertId, String applicationNo, String declaredBy, Timestamp declaredAt) {
    }

    private record Eligibility(List<Candidate> candidates, Map<String, String> excluded) {
    }

    // ------------------------------------------------------------------ create, read

    @Transactional
    public MeetingView create(ApiUser user, String committeeCode, MeetingInput input) {
        Committee committee = pool.committee(committeeCode);
        MeetingAccess.requireKeeper(user, committee.code());
        Problems problems = new Problems();
        LocalDate date = ExpertPoolService.date(input.date(), "date", "会议日期", problems);
        String place = ExpertPoolService.trim(input.place());
        String video = ExpertPoolService.trim(input.videoLink());
        if (place == null && video == null) {
            problems.add("place", "必填", "请填写会议地点或视频会议链接");
        }
        if (place != null && place.length() > 200) {
            problems.add("place", "长度", "会议地点不超过200个字");
        }
        if (video != null && (video.length() > 300 || !video.matches("https?://\\S+"))) {
            problems.add("videoLink", "格式", "视频会议链接须为 http(s):// 开头的网址，不超过300个字符");
        }
        List<Level> levels = new ArrayList<>();
        List<String> levelInput = input.levels() == null ? List.of() : input.levels();
        if (levelInput.isEmpty()) {
            problems.add("levels", "必填", "请填写会议评审的级别");
        }
        for (int i = 0; i < levelInput.size(); i++) {
            Level level = ExpertPoolService.level(levelInput.get(i));
            if (level == null) {
                problems.add("levels[" + i + "]", "取值", "级别须为正高级、副高级、中级、助理级或员级：" + levelInput.get(i));
            } else if (!committee.levels().isEmpty() && !committee.levels().contains(level.name())) {
                problems.add("levels[" + i + "]", "取值", "评审委员会 " + committee.code() + " 不评审" + level.label());
            } else if (!levels.contains(level)) {
                levels.add(level);
            }
        }
        List<String> specialties = new ArrayList<>(new TreeSet<>((input.specialties() == null ? List.<String>of()
                : input.specialties()).stream().map(ExpertPoolService::trim).filter(Objects::nonNull).toList()));
        if (String.join(",", specialties).length() > 1000) {
            problems.add("specialties", "长度", "专业合计不超过1000个字符");
        }
        Integer count = input.expertCount();
        if (count == null) {
            problems.add("expertCount", "必填", "请填写抽取的评委人数");
        } else if (count % 2 == 0) {
            problems.add("expertCount", "单数", "评委人数须为单数：" + count + "。" + MeetingRules.ODD_CLAUSE);
        } else if (!levels.isEmpty() && count < MeetingRules.minimumExperts(levels)) {
            problems.add("expertCount", "人数", "评审" + String.join("、", levels.stream().map(Level::label).toList())
                    + "的会议至少抽取 " + MeetingRules.minimumExperts(levels) + " 名评委：" + count);
        } else if (count < specialties.size()) {
            problems.add("expertCount", "人数", "评委人数（" + count + "）少于须覆盖的专业数（" + specialties.size() + "）");
        }
        problems.throwIfAny("评审会议信息有误，未保存");
        Filing filing = pool.requireFiling(committee, date);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into committee_meeting (committee_code, meeting_date, "
                    + "place, video_link, levels, specialties, expert_count, status, filing_id, created_by, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, committee.code());
            statement.setDate(2, Date.valueOf(date));
            statement.setString(3, place);
            statement.setString(4, video);
            statement.setString(5, String.join(",", levels.stream().map(Level::name).toList()));
            statement.setString(6, String.join(",", specialties));
            statement.setInt(7, count);
            statement.setString(8, PLANNED);
            statement.setLong(9, filing.id());
            statement.setString(10, user.userId());
            statement.setTimestamp(11, Timestamp.from(ProductClock.now()));
            return statement;
        }, key);
        long id = key.getKey().longValue();
        auditLog.decision(user.userId(), AuditAction.CHANGE_MEETING, null, "评审委员会 " + committee.code() + " 安排评审会议 "
                + id + "：" + date + "，" + (place != null ? place : video) + "，评委 " + count + " 名，依据备案 " + filing.id());
        return view(meeting(id));
    }

    @Transactional(readOnly = true)
    public List<MeetingView> meetings(ApiUser user, String committeeCode) {
        Committee committee = pool.committee(committeeCode);
        MeetingAccess.requireReader(user, committee.code(), committee.hrBureau());
        return jdbc.queryForList("select id from committee_meeting where committee_code = ? order by meeting_date, id",
                Long.class, committee.code()).stream().map(id -> view(meeting(id))).toList();
    }

    @Transactional(readOnly = true)
    public MeetingView get(ApiUser user, long id) {
        Meeting meeting = meeting(id);
        requireReader(user, meeting);
        return view(meeting);
    }

    /** The meetings an expert was drawn for and still sits on. */
    @Transactional(readOnly = true)
    public List<Long> meetingsOf(String expertId) {
        return jdbc.queryForList("select meeting_id from meeting_expert where expert_id = ? and status = ? order by meeting_id",
                Long.class, expertId, DRAWN);
    }

    // ------------------------------------------------------------------ applications

    @Transactional
    public MeetingView assign(ApiUser user, long id, ApplicationsInput input) {
        Meeting meeting = meeting(id);
        MeetingAccess.requireKeeper(user, meeting.committeeCode());
        requireStatus(meeting, PLANNED, "评委已抽取，不能再安排申报（抽取时要排除与申报人同单位的专家）；请另行安排一次会议");
        List<String> numbers = input.applicationNos() == null ? List.of() : input.applicationNos();
        Problems problems = new Problems();
        if (numbers.isEmpty()) {
            problems.add("applicationNos", "必填", "请填写要安排到会议的申报编号");
        }
        List<WaitingApplication> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            String field = "applicationNos[" + i + "]";
            String no = ExpertPoolService.trim(numbers.get(i));
            if (no == null || !seen.add(no)) {
                problems.add(field, no == null ? "必填" : "重复", no == null ? "申报编号为空" : "申报 " + no + " 重复");
                continue;
            }
            Long elsewhere = jdbc.query("select meeting_id from meeting_application where application_no = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, no);
            if (elsewhere != null) {
                problems.add(field, "已安排", "申报 " + no + " 已安排在评审会议 " + elsewhere);
                continue;
            }
            var waiting = engine.waiting(no);
            if (waiting.isEmpty()) {
                problems.add(field, "未到表决", "申报 " + no + " 没有在等待评审会议（尚未进入评审会表决，或已结束）");
                continue;
            }
            WaitingApplication application = waiting.get();
            if (!RoleGroups.committee(meeting.committeeCode()).equals(application.committeeGroup())) {
                problems.add(field, "评审委员会", "申报 " + no + " 不由评审委员会 " + meeting.committeeCode() + " 评审");
            } else if (meeting.levels().stream().noneMatch(l -> l.name().equals(application.level()))) {
                problems.add(field, "级别", "申报 " + no + " 的级别（" + label(application.level()) + "）不在本次会议评审的级别中");
            } else if (!meeting.specialties().isEmpty() && !meeting.specialties().contains(application.specialty())) {
                problems.add(field, "专业", "申报 " + no + " 的专业（" + application.specialty() + "）不在本次会议的专业（"
                        + String.join("、", meeting.specialties()) + "）中");
            } else {
                found.add(application);
            }
        }
        problems.throwIfAny("申报未安排到会议");
        Timestamp now = Timestamp.from(ProductClock.now());
        for (WaitingApplication application : found) {
            jdbc.update("insert into meeting_application (meeting_id, application_no, title_level, specialty, unit_code, "
                            + "assigned_by, assigned_at) values (?, ?, ?, ?, ?, ?, ?)", id, application.applicationNo(),
                    application.level(), application.specialty(), application.unitCode(), user.userId(), now);
            auditLog.decision(user.userId(), AuditAction.CHANGE_MEETING, application.applicationNo(),
                    "安排到评审委员会 " + meeting.committeeCode() + " 的评审会议 " + id + "（" + meeting.date() + "）");
        }
        return view(meeting);
    }

    // ------------------------------------------------------------------ the draw

    @Transactional
    public MeetingView draw(ApiUser user, long id) {
        Meeting meeting = meeting(id);
        MeetingAccess.requireKeeper(user, meeting.committeeCode());
        requireStatus(meeting, PLANNED, "本次会议的评委已经抽取；评委不能出席的，登记后另行抽取替补");
        if (applications(id).isEmpty()) {
            throw ApiProblemException.conflict("评审会议 " + id + " 还没有安排申报：抽取评委时须排除与申报人同单位的专家，请先安排申报");
        }
        pool.requireFiling(pool.committee(meeting.committeeCode()), meeting.date());
        Eligibility eligibility = eligibility(meeting, Set.of());
        long seed = seeds.nextLong();
        Outcome outcome = ExpertDraw.draw(eligibility.candidates(), seed, meeting.expertCount(), meeting.specialties());
        if (!outcome.complete()) {
            throw tooFew(meeting, eligibility, outcome, meeting.expertCount());
        }
        long drawId = record(meeting, user, INITIAL, seed, meeting.expertCount(), meeting.specialties(), eligibility, outcome);
        for (String expert : outcome.drawn()) {
            jdbc.update("insert into meeting_expert (meeting_id, expert_id, draw_id, status) values (?, ?, ?, ?)",
                    id, expert, drawId, DRAWN);
        }
        jdbc.update("update committee_meeting set status = ? where id = ?", DRAWN, id);
        auditLog.decision(user.userId(), AuditAction.DRAW_EXPERTS, null, "评审会议 " + id + " 抽取评委（抽取记录 " + drawId
                + "，种子 " + seed + "，候选 " + eligibility.candidates().size() + " 名，排除 " + eligibility.excluded().size()
                + " 名）：" + String.join(",", outcome.drawn()));
        return view(meeting(id));
    }

    /** A drawn expert cannot sit: marked declined and replaced by a further draw, in one transaction. */
    @Transactional
    public MeetingView decline(ApiUser user, long id, DeclineInput input) {
        Meeting meeting = meeting(id);
        String expertId = ExpertPoolService.trim(input.expertId());
        if (!MeetingAccess.keeps(user, meeting.committeeCode()) && !user.userId().equals(expertId)) {
            throw ApiProblemException.forbidden("只有评委本人或评审委员会办事机构可以登记评委不能出席");
        }
        requireStatus(meeting, DRAWN, meeting.status().equals(OPEN) ? "表决已经开始，不能再替换评委"
                : "本次会议尚未抽取评委");
        List<MeetingExpert> experts = experts(id);
        if (experts.stream().noneMatch(e -> e.expertId().equals(expertId) && e.status().equals(DRAWN))) {
            throw ApiProblemException.badRequest("评委不在本次会议中", new Problems().add("expertId", "未抽取",
                    "专家 " + expertId + " 不是评审会议 " + id + " 已抽取的评委").list());
        }
        String reason = ExpertPoolService.trim(input.reason());
        jdbc.update("update meeting_expert set status = ?, declined_at = ?, reason = ? where meeting_id = ? and expert_id = ?",
                DECLINED, Timestamp.from(ProductClock.now()), reason == null ? null : truncate(reason, 200), id, expertId);
        Map<String, PoolExpert> byId = poolById(meeting.committeeCode());
        Set<String> covered = new TreeSet<>();
        Set<String> everyone = new TreeSet<>();
        for (MeetingExpert e : experts) {
            everyone.add(e.expertId());
            if (e.status().equals(DRAWN) && !e.expertId().equals(expertId) && byId.containsKey(e.expertId())) {
                covered.add(byId.get(e.expertId()).specialty());
            }
        }
        List<String> uncovered = meeting.specialties().stream().filter(s -> !covered.contains(s)).toList();
        Eligibility eligibility = eligibility(meeting, everyone);
        long seed = seeds.nextLong();
        Outcome outcome = ExpertDraw.draw(eligibility.candidates(), seed, 1, uncovered);
        if (!outcome.complete()) {
            throw tooFew(meeting, eligibility, outcome, 1);
        }
        long drawId = record(meeting, user, REPLACEMENT, seed, 1, uncovered, eligibility, outcome);
        String replacement = outcome.drawn().get(0);
        jdbc.update("insert into meeting_expert (meeting_id, expert_id, draw_id, status) values (?, ?, ?, ?)",
                id, replacement, drawId, DRAWN);
        auditLog.decision(user.userId(), AuditAction.DECLINE_MEETING, null, "评审会议 " + id + "：评委 " + expertId
                + " 不能出席，替补抽取（抽取记录 " + drawId + "，种子 " + seed + "）：" + replacement);
        return view(meeting(id));
    }

    // ------------------------------------------------------------------ recusal

    @Transactional
    public MeetingView recuse(ApiUser user, long id, RecusalInput input) {
        Meeting meeting = meeting(id);
        String expertId = ExpertPoolService.trim(input.expertId());
        String no = ExpertPoolService.trim(input.applicationNo());
        boolean self = user.userId().equals(expertId) && user.isMemberOf(RoleGroups.experts(meeting.committeeCode()));
        if (!MeetingAccess.keeps(user, meeting.committeeCode()) && !self) {
            throw ApiProblemException.forbidden("只有专家本人或评审委员会办事机构可以登记回避");
        }
        if (meeting.status().equals(OPEN)) {
            throw ApiProblemException.conflict("评审会议 " + id + " 的表决已经开始；回避须在开始表决前登记。" + MeetingRules.RECUSAL_CLAUSE);
        }
        Problems problems = new Problems();
        if (expertId == null) {
            problems.add("expertId", "必填", "请填写回避的专家账号");
        } else if (!poolById(meeting.committeeCode()).containsKey(expertId)) {
            problems.add("expertId", "未入库", "专家 " + expertId + " 不在评审委员会 " + meeting.committeeCode() + " 的评审专家库中");
        }
        if (no == null) {
            problems.add("applicationNo", "必填", "请填写申报编号");
        } else if (applications(id).stream().noneMatch(a -> a.applicationNo().equals(no))) {
            problems.add("applicationNo", "未安排", "申报 " + no + " 不在评审会议 " + id + " 中");
        }
        String reason = ExpertPoolService.trim(input.reason());
        if (reason == null) {
            problems.add("reason", "必填", "请说明利害关系");
        }
        problems.throwIfAny("回避未登记");
        Long already = jdbc.queryForObject("select count(*) from meeting_interest where meeting_id = ? and expert_id = ? "
                + "and application_no = ?", Long.class, id, expertId, no);
        if (already != null && already > 0) {
            return view(meeting);
        }
        boolean drawn = experts(id).stream().anyMatch(e -> e.expertId().equals(expertId) && e.status().equals(DRAWN));
        if (drawn) {
            long voters = experts(id).stream().filter(e -> e.status().equals(DRAWN)).count()
                    - interests(id).stream().filter(i -> i.applicationNo().equals(no)).count() - 1;
            if (voters < 1) {
                throw ApiProblemException.conflict("申报 " + no + " 的评委全部回避，无法表决；请另行安排会议");
            }
        }
        jdbc.update("insert into meeting_interest (meeting_id, expert_id, application_no, declared_by, declared_at, reason) "
                + "values (?, ?, ?, ?, ?, ?)", id, expertId, no, user.userId(), Timestamp.from(ProductClock.now()),
                truncate(reason, 200));
        auditLog.decision(user.userId(), AuditAction.RECUSAL, no, "评审会议 " + id + "：专家 " + expertId
                + (drawn ? " 回避本申报的表决（表决人数相应减少）" : " 申报与本申报有利害关系，不参加本次会议的抽取"));
        return view(meeting);
    }

    // ------------------------------------------------------------------ opening the vote

    @Transactional
    public MeetingView open(ApiUser user, long id) {
        Meeting meeting = meeting(id);
        MeetingAccess.requireKeeper(user, meeting.committeeCode());
        requireStatus(meeting, DRAWN, meeting.status().equals(OPEN) ? "本次会议的表决已经开始" : "请先抽取本次会议的评委");
        List<String> drawn = experts(id).stream().filter(e -> e.status().equals(DRAWN)).map(MeetingExpert::expertId).toList();
        List<Interest> interests = interests(id);
        List<String> opened = new ArrayList<>();
        for (Assigned application : applications(id)) {
            var waiting = engine.waiting(application.applicationNo());
            if (waiting.isEmpty()) {
                continue;   // withdrawn since it was assigned
            }
            List<String> voters = drawn.stream().filter(expert -> interests.stream().noneMatch(i ->
                    i.expertId().equals(expert) && i.applicationNo().equals(application.applicationNo()))).toList();
            engine.open(waiting.get().voteInstanceId(), id, voters);
            opened.add(application.applicationNo() + "（" + voters.size() + " 名评委）");
        }
        jdbc.update("update committee_meeting set status = ? where id = ?", OPEN, id);
        auditLog.decision(user.userId(), AuditAction.CHANGE_MEETING, null, truncate("评审会议 " + id + " 开始表决："
                + String.join("、", opened), 490));
        return view(meeting(id));
    }

    // ------------------------------------------------------------------ helpers

    private Eligibility eligibility(Meeting meeting, Set<String> alreadyInMeeting) {
        List<Assigned> applications = applications(meeting.id());
        Set<String> unitCodes = new TreeSet<>();
        Set<String> unitNames = new TreeSet<>();
        for (Assigned a : applications) {
            if (a.unitCode() != null) {
                unitCodes.add(a.unitCode());
                organisations.employerUnit(a.unitCode()).ifPresent(u -> unitNames.add(u.name()));
            }
        }
        Set<String> interested = new TreeSet<>(interests(meeting.id()).stream().map(Interest::expertId).toList());
        List<Candidate> candidates = new ArrayList<>();
        Map<String, String> excluded = new LinkedHashMap<>();
        for (PoolExpert expert : pool.pool(meeting.committeeCode())) {
            String why = null;
            if (alreadyInMeeting.contains(expert.expertId())) {
                why = "已抽取或已不能出席本次会议";
            } else if (!expert.servesOn(meeting.date())) {
                why = expert.active() ? "会议日期不在聘期内" : "不在库（暂停抽取）";
            } else if (!MeetingRules.mayEvaluate(expert.titleLevel(), meeting.levels())) {
                why = "职称级别为" + expert.titleLevel().label() + "，本次会议需" + MeetingRules.neededTitle(meeting.levels());
            } else if ((expert.employerUnitCode() != null && unitCodes.contains(expert.employerUnitCode()))
                    || unitNames.contains(expert.employerUnit())) {
                why = "与本次会议的申报人同单位（" + expert.employerUnit() + "）";
            } else if (interested.contains(expert.expertId())) {
                why = "申报了与本次会议申报人的利害关系（回避）";
            }
            if (why == null) {
                candidates.add(new Candidate(expert.expertId(), expert.specialty()));
            } else {
                excluded.put(expert.expertId(), why);
            }
        }
        return new Eligibility(candidates, excluded);
    }

    private ApiProblemException tooFew(Meeting meeting, Eligibility eligibility, Outcome outcome, int wanted) {
        Problems problems = new Problems();
        for (String specialty : outcome.uncovered()) {
            problems.add("specialties", "专业无评委", "专业“" + specialty + "”：评审专家库中没有可抽取的该专业专家");
        }
        if (outcome.shortfall() > 0) {
            problems.add("expertCount", "人数不足", "需要抽取 " + wanted + " 名，可抽取的只有 " + eligibility.candidates().size()
                    + " 名，还差 " + outcome.shortfall() + " 名");
        }
        eligibility.excluded().forEach((expert, why) -> problems.add("pool." + expert, "排除", expert + "：" + why));
        return new ApiProblemException(HttpStatus.CONFLICT, "评审委员会 " + meeting.committeeCode()
                + " 的评审专家库不足以抽取评审会议 " + meeting.id() + " 的评委，未抽取：请补充评审专家库后再抽取", problems.list());
    }

    private long record(Meeting meeting, ApiUser user, String kind, long seed, int wanted, List<String> specialties,
                        Eligibility eligibility, Outcome outcome) {
        String excluded = String.join("\n", eligibility.excluded().entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()).toList());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into meeting_draw (meeting_id, kind, drawn_by, drawn_at, "
                    + "seed, wanted, specialties, candidates, excluded, drawn) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            statement.setLong(1, meeting.id());
            statement.setString(2, kind);
            statement.setString(3, user.userId());
            statement.setTimestamp(4, Timestamp.from(ProductClock.now()));
            statement.setLong(5, seed);
            statement.setInt(6, wanted);
            statement.setString(7, String.join(",", specialties));
            statement.setString(8, ExpertDraw.format(eligibility.candidates()));
            statement.setString(9, truncate(excluded, 4000));
            statement.setString(10, String.join(",", outcome.drawn()));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    private void requireReader(ApiUser user, Meeting meeting) {
        Committee committee = pool.committee(meeting.committeeCode());
        MeetingAccess.requireReader(user, committee.code(), committee.hrBureau());
    }

    private static void requireStatus(Meeting meeting, String status, String message) {
        if (!meeting.status().equals(status)) {
            throw ApiProblemException.conflict(message);
        }
    }

    Meeting meeting(long id) {
        List<Meeting> found = jdbc.query("select * from committee_meeting where id = ?", (rs, i) -> new Meeting(
                rs.getLong("id"), rs.getString("committee_code"), rs.getDate("meeting_date").toLocalDate(),
                rs.getString("place"), rs.getString("video_link"),
                split(rs.getString("levels")).stream().map(Level::valueOf).toList(), split(rs.getString("specialties")),
                rs.getInt("expert_count"), rs.getString("status"), rs.getLong("filing_id"), rs.getString("created_by")), id);
        if (found.isEmpty()) {
            throw ApiProblemException.notFound("没有编号为 " + id + " 的评审会议");
        }
        return found.get(0);
    }

    private List<Assigned> applications(long id) {
        return jdbc.query("select * from meeting_application where meeting_id = ? order by application_no",
                (rs, i) -> new Assigned(rs.getString("application_no"), rs.getString("title_level"),
                        rs.getString("specialty"), rs.getString("unit_code")), id);
    }

    private List<MeetingExpert> experts(long id) {
        return jdbc.query("select * from meeting_expert where meeting_id = ? order by draw_id, expert_id",
                (rs, i) -> new MeetingExpert(rs.getString("expert_id"), rs.getLong("draw_id"), rs.getString("status"),
                        rs.getString("reason")), id);
    }

    private List<Interest> interests(long id) {
        return jdbc.query("select * from meeting_interest where meeting_id = ? order by declared_at, expert_id",
                (rs, i) -> new Interest(rs.getString("expert_id"), rs.getString("application_no"),
                        rs.getString("declared_by"), rs.getTimestamp("declared_at")), id);
    }

    private List<DrawView> draws(long id) {
        return jdbc.query("select * from meeting_draw where meeting_id = ? order by id", (rs, i) -> {
            List<Candidate> candidates = ExpertDraw.parse(rs.getString("candidates"));
            List<String> specialties = split(rs.getString("specialties"));
            List<String> drawn = split(rs.getString("drawn"));
            List<String> replayed = ExpertDraw.draw(candidates, rs.getLong("seed"), rs.getInt("wanted"), specialties).drawn();
            String excluded = rs.getString("excluded");
            return new DrawView(rs.getLong("id"), rs.getString("kind"), rs.getString("drawn_by"),
                    BeijingTime.format(rs.getTimestamp("drawn_at").toInstant()), rs.getLong("seed"), rs.getInt("wanted"),
                    specialties, candidates.stream().map(c -> c.expertId() + ":" + c.specialty()).toList(),
                    excluded == null || excluded.isBlank() ? List.of() : Arrays.asList(excluded.split("\n")),
                    drawn, replayed, replayed.equals(drawn));
        }, id);
    }

    private Map<String, PoolExpert> poolById(String committeeCode) {
        Map<String, PoolExpert> byId = new LinkedHashMap<>();
        pool.pool(committeeCode).forEach(e -> byId.put(e.expertId(), e));
        return byId;
    }

    private MeetingView view(Meeting m) {
        return new MeetingView(m.id(), m.committeeCode(), m.date(), m.place(), m.videoLink(),
                m.levels().stream().map(Level::name).toList(), m.specialties(), m.expertCount(), m.status(), m.filingId(),
                m.createdBy(),
                applications(m.id()).stream().map(a -> new ApplicationView(a.applicationNo(), a.level(), a.specialty())).toList(),
                experts(m.id()).stream().map(e -> new ExpertView(e.expertId(), e.status(), e.drawId(), e.reason())).toList(),
                interests(m.id()).stream().map(i -> new InterestView(i.expertId(), i.applicationNo(), i.declaredBy(),
                        BeijingTime.format(i.declaredAt().toInstant()))).toList(),
                draws(m.id()));
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }

    private static String label(String level) {
        try {
            return Level.valueOf(level).label();
        } catch (RuntimeException e) {
            return String.valueOf(level);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
