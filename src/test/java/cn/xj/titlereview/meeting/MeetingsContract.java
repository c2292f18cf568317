package cn.xj.titlereview.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.process.CommitteeVoteProcess;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;
import org.springframework.context.ApplicationContext;
import cn.xj.titlereview.application.DeclaredStarts;

/**
 * Committee meetings of the Hami agriculture committee (650501) on the running product: the filing's edges, the
 * draw with its exclusions and its replay, declines replaced until the pool runs out, a recusal that lowers one
 * application's quorum, and the campaign through the meeting to its end. Run on H2 ({@link MeetingsH2Test}) and
 * MariaDB ({@link MeetingsMariaDbIT}).
 */
abstract class MeetingsContract {

    private static final String COMMITTEE = "650501";
    private static final String OFFICE = "pwhm01";
    private static final String PASSWORD = DemoUsers.PASSWORD;
    /** Pool members added by this test: a colleague of the applicant, one with an interest, two others. */
    private static final List<String> EXTRA = List.of("mtx01", "mtx02", "mtx03", "mtx04");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identityService;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    private CampaignRunner bot;

    @BeforeEach
    void extraExperts() {
        bot = new CampaignRunner(rest, engine);
        for (String id : EXTRA) {
            if (identityService.createUserQuery().userId(id).count() == 0) {
                User user = identityService.newUser(id);
                user.setFirstName(id);
                user.setLastName("测试");
                user.setPassword(PASSWORD);
                identityService.saveUser(user);
            }
            if (identityService.createUserQuery().userId(id).memberOfGroup("expert" + COMMITTEE).count() == 0) {
                identityService.createMembership(id, "expert" + COMMITTEE);
            }
        }
    }

    @AfterEach
    void withoutExtraExperts() {
        for (String id : EXTRA) {
            if (identityService.createUserQuery().userId(id).memberOfGroup("expert" + COMMITTEE).count() > 0) {
                saveExpert(id, "畜牧兽医", null, false);
                identityService.deleteMembership(id, "expert" + COMMITTEE);
            }
        }
        ClockUtil.reset();
    }

    @Test
    void aMeetingNeedsAFilingCoveringItsDateAndAnOddNumberOfExperts() {
        // the demo filings cover 2021-01-01 … 2026-12-31
        assertThat(createMeeting("2020-12-31", 3, List.of()).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(createMeeting("2021-01-01", 3, List.of()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(createMeeting("2026-12-31", 3, List.of()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map> unfiled = createMeeting("2027-03-01", 3, List.of());
        assertThat(unfiled.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) unfiled.getBody().get("message")).contains("评委会未经备案的，不得组织召开评审工作", "2027-03-01");

        // the office files for 2027 on 1 March; valid to the year's end
        ResponseEntity<Map> filed = post(OFFICE, "/api/committees/" + COMMITTEE + "/filings",
                Map.of("bureauCode", "650500", "filedOn", "2027-03-01", "year", 2027));
        assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(filed.getBody()).containsEntry("validUntil", "2027-12-31").containsEntry("bureauCode", "650500");
        assertThat(createMeeting("2027-02-28", 3, List.of()).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(createMeeting("2027-03-01", 3, List.of()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(createMeeting("2027-12-31", 3, List.of()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(createMeeting("2028-01-01", 3, List.of()).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<Map> even = createMeeting("2023-11-20", 4, List.of());
        assertThat(even.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(even.getBody().toString()).contains("expertCount", "单数", "人社部令第40号");
        ResponseEntity<Map> tooFew = createMeeting("2023-11-20", 1, List.of());
        assertThat(tooFew.getBody().toString()).contains("expertCount", "至少抽取 3 名");
        assertThat(post(OFFICE, "/api/committees/" + COMMITTEE + "/filings", Map.of("filedOn", "2027-13-01"))
                .getBody().toString()).contains("bureauCode", "必填", "filedOn", "格式", "year");
        assertThat(post("pwxj01", "/api/committees/" + COMMITTEE + "/meetings", Map.of()).getStatusCode())
                .as("another committee's office").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void thePoolIsKeptByTheOfficeAndOnlyHoldsTheCommitteesExperts() {
        ResponseEntity<Map> outsider = post(OFFICE, "/api/committees/" + COMMITTEE + "/experts", Map.of("expertId", "zjxj01",
                "specialty", "农学", "titleLevel", "正高级", "employerUnit", "新疆大学", "regionCode", "650500",
                "termStart", "2023-01-01", "termEnd", "2022-12-31"));
        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outsider.getBody().toString()).contains("评委组", "termEnd", "顺序");
        assertThat(saveExpert("mtx03", "农学", null, true).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<List> pool = EngineRest.get(rest, "jdxj01", PASSWORD, "/api/committees/" + COMMITTEE + "/experts",
                List.class);
        assertThat(pool.getBody().toString()).contains("mtx03", "农学", "zjhm01");
        assertThat(EngineRest.get(rest, "zjhm01", PASSWORD, "/api/committees/" + COMMITTEE + "/experts", String.class)
                .getStatusCode()).as("an expert does not read the pool").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theDrawExcludesColleaguesAndInterestsReplaysFromItsRecordReplacesDeclinesAndARecusalLowersTheQuorum() {
        saveExpert("mtx01", "畜牧兽医", "650500001", true);   // works at the applicant's unit
        saveExpert("mtx02", "畜牧兽医", null, true);
        saveExpert("mtx03", "农业", null, true);
        saveExpert("mtx04", "畜牧兽医", null, true);
        String no = hamiApplicationAtTheMeetingWait();
        String today = BeijingTime.local(ClockUtil.getCurrentTime().toInstant()).toLocalDate().toString();

        // no specialty to cover here, so that any seat can be replaced (coverage: ExpertDrawTest)
        ResponseEntity<Map> created = createMeeting(today, 5, List.of());
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = ((Number) created.getBody().get("id")).longValue();
        assertThat(post(OFFICE, "/api/meetings/" + id + "/applications", Map.of("applicationNos", List.of(no, "XJ0000000000")))
                .getBody().toString()).as("all or nothing").contains("applicationNos[1]", "未到表决");
        step(OFFICE, id, "applications", Map.of("applicationNos", List.of(no)));
        step(OFFICE, id, "recusals", Map.of("expertId", "mtx02", "applicationNo", no, "reason", "近亲属"));

        Map<?, ?> drawn = step(OFFICE, id, "draw", Map.of());
        Map<?, ?> draw = (Map<?, ?>) ((List<?>) drawn.get("draws")).get(0);
        assertThat((List<String>) draw.get("candidates")).hasSize(7)
                .noneMatch(c -> c.startsWith("mtx01") || c.startsWith("mtx02"));
        assertThat(draw.get("excluded").toString()).contains("mtx01:与本次会议的申报人同单位", "mtx02:申报了与本次会议申报人的利害关系");
        List<String> experts = (List<String>) draw.get("drawn");
        assertThat(experts).hasSize(5).doesNotHaveDuplicates().doesNotContain("mtx01", "mtx02");
        assertThat(draw.get("drawnBy")).isEqualTo(OFFICE);
        assertThat(draw.get("reproducible")).isEqualTo(true);
        // a supervisor replays the record by hand: same seed, same candidates, same experts
        List<ExpertDraw.Candidate> candidates = ExpertDraw.parse(String.join(",", (List<String>) draw.get("candidates")));
        assertThat(ExpertDraw.draw(candidates, ((Number) draw.get("seed")).longValue(), 5, List.of()).drawn())
                .isEqualTo(experts);
        assertThat(EngineRest.get(rest, "jdxj01", PASSWORD, "/api/meetings/" + id, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // two declines are replaced from the two candidates left; the third finds nobody and changes nothing
        String first = experts.get(0);
        Map<?, ?> afterDecline = step(first, id, "declines", Map.of("expertId", first, "reason", "出差"));
        assertThat(seated(afterDecline)).hasSize(5).doesNotContain(first, "mtx01", "mtx02");
        Map<?, ?> replacement = (Map<?, ?>) ((List<?>) afterDecline.get("draws")).get(1);
        assertThat(replacement.get("kind")).isEqualTo("REPLACEMENT");
        assertThat(replacement.get("reproducible")).isEqualTo(true);
        String second = seated(afterDecline).get(1);
        Map<?, ?> afterSecond = step(OFFICE, id, "declines", Map.of("expertId", second));
        String third = seated(afterSecond).get(2);
        ResponseEntity<Map> none = post(OFFICE, "/api/meetings/" + id + "/declines", Map.of("expertId", third));
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(none.getBody().toString()).contains("还差 1 名", "mtx01");
        assertThat(seated(EngineRest.get(rest, OFFICE, PASSWORD, "/api/meetings/" + id, Map.class).getBody()))
                .contains(third).hasSize(5);

        // one seated expert stands aside from the application: four vote on it
        String aside = seated(afterSecond).get(4);
        step(aside, id, "recusals", Map.of("expertId", aside, "applicationNo", no, "reason", "同一课题组"));
        step(OFFICE, id, "open", Map.of());
        assertThat(post(OFFICE, "/api/meetings/" + id + "/recusals",
                Map.of("expertId", third, "applicationNo", no, "reason", "x")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(bot.runToEnd(no)).isEqualTo("APPROVED");
        assertThat(bot.workers(no, "expert_vote")).hasSize(4).doesNotContain(aside, first, second, "mtx01", "mtx02");
        assertThat(jdbc.queryForList("select action from audit_event where detail like ?", String.class,
                "%评审会议 " + id + "%")).contains("DRAW_EXPERTS", "DECLINE_MEETING", "RECUSAL", "CHANGE_MEETING");
    }

    @Test
    void aPoolTooSmallForTheMeetingIsRefusedNamingWhatIsMissing() {
        String no = hamiApplicationAtTheMeetingWait();
        String today = BeijingTime.local(ClockUtil.getCurrentTime().toInstant()).toLocalDate().toString();
        long id = ((Number) createMeeting(today, 11, List.of("畜牧兽医", "林业工程")).getBody().get("id")).longValue();
        step(OFFICE, id, "applications", Map.of("applicationNos", List.of(no)));
        ResponseEntity<Map> refused = post(OFFICE, "/api/meetings/" + id + "/draw", Map.of());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().toString()).contains("专业“林业工程”", "需要抽取 11 名", "还差")
                .doesNotContain("专业“畜牧兽医”");
        assertThat(EngineRest.get(rest, OFFICE, PASSWORD, "/api/meetings/" + id, Map.class).getBody())
                .containsEntry("status", "PLANNED").containsEntry("draws", List.of());
    }

    @Test
    void everyDrawnExpertSubmitsOneSheetAtTheSameMomentAndEachApplicationGetsItsOwnResult() throws Exception {
        String passing = hamiApplicationAtTheMeetingWait();
        String failing = hamiApplicationAtTheMeetingWait();
        String today = BeijingTime.local(ClockUtil.getCurrentTime().toInstant()).toLocalDate().toString();
        long id = ((Number) createMeeting(today, 5, List.of()).getBody().get("id")).longValue();
        step(OFFICE, id, "applications", Map.of("applicationNos", List.of(passing, failing)));
        List<String> experts = seated(step(OFFICE, id, "draw", Map.of()));
        assertThat(experts).hasSize(5);
        String aside = experts.get(4);
        step(OFFICE, id, "recusals", Map.of("expertId", aside, "applicationNo", failing, "reason", "近亲属"));
        assertThat(EngineRest.get(rest, experts.get(0), PASSWORD, "/api/meetings/" + id + "/ballot-sheet", Map.class)
                .getBody()).as("before the vote opens").containsEntry("submitted", false);
        step(OFFICE, id, "open", Map.of());
        bot.driver().advance(java.time.Duration.ofSeconds(1));   // the vote stages prepare their ballots (a job)

        Map<?, ?> sheet = EngineRest.get(rest, experts.get(0), PASSWORD, "/api/meetings/" + id + "/ballot-sheet", Map.class)
                .getBody();
        assertThat(sheet.get("applications").toString()).contains(passing, failing, "INTERMEDIATE", "畜牧兽医")
                .doesNotContain("sbhm01", "李娜", "650500001");
        assertThat(((List<?>) EngineRest.get(rest, aside, PASSWORD, "/api/meetings/" + id + "/ballot-sheet", Map.class)
                .getBody().get("applications"))).as("the expert who stood aside").hasSize(1);
        ResponseEntity<Map> incomplete = post(experts.get(0), "/api/meetings/" + id + "/ballot-sheet",
                Map.of("votes", Map.of(passing, "FOR", failing, "MAYBE")));
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(incomplete.getBody().toString()).contains("votes." + failing, "取值");
        ResponseEntity<String> outsider = EngineRest.get(rest, "zjxj01", PASSWORD, "/api/meetings/" + id + "/ballot-sheet",
                String.class);
        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // all five sheets at once: 4 FOR and 1 AGAINST on the first; 2 FOR and 2 AGAINST of four on the second
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(experts.size());
        List<java.util.concurrent.Future<ResponseEntity<Map>>> answers = new java.util.ArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < experts.size(); i++) {
            String expert = experts.get(i);
            Map<String, String> votes = new LinkedHashMap<>();
            votes.put(passing, expert.equals(aside) ? "AGAINST" : "FOR");
            if (!expert.equals(aside)) {
                votes.put(failing, i < 2 ? "AGAINST" : "FOR");
            }
            answers.add(pool.submit(() -> {
                start.await();
                return post(expert, "/api/meetings/" + id + "/ballot-sheet", Map.of("votes", votes));
            }));
        }
        start.countDown();
        for (var answer : answers) {
            ResponseEntity<Map> submitted = answer.get(2, java.util.concurrent.TimeUnit.MINUTES);
            assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.OK);
            assertThat(submitted.getBody()).containsEntry("submitted", true);
        }
        pool.shutdown();
        assertThat(post(experts.get(1), "/api/meetings/" + id + "/ballot-sheet", Map.of("votes", Map.of(passing, "FOR")))
                .getStatusCode()).as("submitted once").isEqualTo(HttpStatus.CONFLICT);

        assertThat(bot.runToEnd(passing)).isEqualTo("APPROVED");
        assertThat(bot.runToEnd(failing)).isEqualTo("REJECTED");
        // the counts stay in the vote stage (StageContract): only its outcome goes back to the notice process
        assertThat(bot.stageVariable(passing, CommitteeVoteProcess.KEY, "votesFor")).isEqualTo(4);
        assertThat(bot.stageVariable(failing, CommitteeVoteProcess.KEY, "votesFor")).isEqualTo(2);
        assertThat(bot.stageVariable(failing, CommitteeVoteProcess.KEY, "committeeMembers")).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'VOTE_CAST' and detail like ?",
                Long.class, "评审会议 " + id + "：提交表决票%")).isEqualTo(5L);
    }

    // ------------------------------------------------------------------ helpers

    private String hamiApplicationAtTheMeetingWait() {
        bot.driver().clockTo("2023-09-12T09:00");
        String no = "MTG2023-" + System.nanoTime() % 1_000_000;
        DeclaredStarts.in(context).start(new ApplicationProcessStart(no, "notice-2023-hami-all-series", Level.INTERMEDIATE, "农业系列",
                "畜牧兽医", "650500001", "sbhm01", ApplicationFacts.none()));
        bot.runUntilMeeting(no);
        return no;
    }

    private ResponseEntity<Map> saveExpert(String id, String specialty, String unitCode, boolean active) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expertId", id);
        body.put("specialty", specialty);
        body.put("titleLevel", "SENIOR_DEPUTY");
        body.put("employerUnit", unitCode == null ? "哈密职业技术学院" : null);
        body.put("employerUnitCode", unitCode);
        body.put("regionCode", "650500");
        body.put("termStart", "2021-01-01");
        body.put("termEnd", "2026-12-31");
        body.put("active", active);
        ResponseEntity<Map> saved = post(OFFICE, "/api/committees/" + COMMITTEE + "/experts", body);
        assertThat(saved.getStatusCode()).as("%s", saved.getBody()).isEqualTo(HttpStatus.OK);
        return saved;
    }

    private ResponseEntity<Map> createMeeting(String date, int experts, List<String> specialties) {
        return post(OFFICE, "/api/committees/" + COMMITTEE + "/meetings", Map.of("date", date, "place", "市农业农村局会议室",
                "levels", List.of("INTERMEDIATE"), "specialties", specialties, "expertCount", experts));
    }

    private Map<?, ?> step(String user, long id, String step, Object body) {
        return bot.driver().meetingStep(user, id, step, body);
    }

    private static List<String> seated(Map<?, ?> meeting) {
        return ((List<Map<?, ?>>) meeting.get("experts")).stream().filter(e -> "DRAWN".equals(e.get("status")))
                .map(e -> (String) e.get("expertId")).toList();
    }

    private ResponseEntity<Map> post(String user, String path, Object body) {
        return EngineRest.post(rest, user, PASSWORD, path, body, Map.class);
    }
}
