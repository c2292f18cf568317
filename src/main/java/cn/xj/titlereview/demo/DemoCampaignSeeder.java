package cn.xj.titlereview.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.application.ApplicationRepository;
import cn.xj.titlereview.application.ApplicationService;
import cn.xj.titlereview.attachment.AttachmentService;
import cn.xj.titlereview.attachment.AttachmentView;
import cn.xj.titlereview.attachment.MaskRequest;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.demo.DemoCampaignFile.DemoApplication;
import cn.xj.titlereview.demo.DemoCampaignFile.NoticeCampaign;
import cn.xj.titlereview.demo.DemoCampaignFile.Plan;
import cn.xj.titlereview.eligibility.EligibilityReport;
import cn.xj.titlereview.meeting.DemoMeetings;
import cn.xj.titlereview.security.ApiUser;
import cn.xj.titlereview.simulation.SimulationClockService;

/**
 * Demo only: the first start of a demo installation holds a campaign in progress for each notice
 * (config/demo/campaign.yml). Runs after the demo users, units and expert pools are loaded, under the simulation
 * profile (the notices' windows lie in the past), and only on a database that holds no application: the notices
 * are worked in date order on the simulation clock, through the product's services and the engine as their
 * people would (declare, upload, submit, review, meetings, payment). A marker (engine property) tells a finished
 * demo from one a crash interrupted.
 */
@Component
@Order(40)
@Profile("simulation")
@ConditionalOnProperty(name = {"titlereview.demo-data.enabled", "titlereview.demo-campaign.enabled"}, havingValue = "true")
class DemoCampaignSeeder implements ApplicationRunner {

    static final String MARKER = "titlereview.demo-campaign";
    private static final Logger log = LoggerFactory.getLogger(DemoCampaignSeeder.class);
    private static final int MAX_STEPS = 300;
    private static final String PAYMENT = "payment";
    private static final String MEETING = "meeting";

    private final ApplicationService applicationService;
    private final ApplicationRepository applications;
    private final AttachmentService attachments;
    private final DemoMeetings meetings;
    private final SimulationClockService clock;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final ManagementService managementService;
    private final ResourceLoader resources;
    private final String location;

    DemoCampaignSeeder(ApplicationService applicationService, ApplicationRepository applications,
                       AttachmentService attachments, DemoMeetings meetings, SimulationClockService clock,
                       TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
                       IdentityService identityService, ManagementService managementService, ResourceLoader resources,
                       @Value("${titlereview.demo-campaign.location:" + DemoCampaignFile.LOCATION + "}") String location) {
        this.applicationService = applicationService;
        this.applications = applications;
        this.attachments = attachments;
        this.meetings = meetings;
        this.clock = clock;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.managementService = managementService;
        this.resources = resources;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        String marker = managementService.getProperties().get(MARKER);
        if ("done".equals(marker)) {
            return;
        }
        if (applications.count() > 0) {
            if ("started".equals(marker)) {
                log.warn("演示评审活动：上次启动时未完成（已有部分申报）；如需完整的演示数据，请停止系统、删除 ./data 目录后重新启动");
            }
            return;
        }
        DemoCampaignFile file = DemoCampaignFile.read(resources.getResource(location));
        long started = System.nanoTime();
        managementService.setProperty(MARKER, "started");
        log.info("演示评审活动：数据库中没有申报，按 {} 生成各通知的评审进度（模拟时钟）", location);
        try {
            int count = seed(file);
            managementService.setProperty(MARKER, "done");
            log.info("演示评审活动：共 {} 件申报，用时 {} 秒，模拟时钟停在 {}", count,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(), BeijingTime.format(clock.now()));
        } catch (RuntimeException e) {
            // the product still starts; the next start finds the applications and leaves them as they are
            log.error("演示评审活动未完成（已生成的申报保留）：{}", e.getMessage(), e);
        }
    }

    private int seed(DemoCampaignFile file) {
        // a fresh simulation clock shows today's date, after every demo notice: it starts at the first notice
        clock.moveTo(BeijingTime.instant(file.notices().get(0).at()));
        int count = 0;
        for (NoticeCampaign notice : file.notices()) {
            // the clock only moves forward: what happened to the earlier notices' applications stays in the past
            Instant at = BeijingTime.instant(notice.at());
            if (at.isAfter(clock.now())) {
                clock.moveTo(at);
            }
            Map<DemoApplication, String> declared = new LinkedHashMap<>();
            for (DemoApplication demo : notice.applications()) {
                declared.put(demo, declare(notice, demo));
            }
            for (Map.Entry<DemoApplication, String> application : declared.entrySet()) {
                String where = work(application.getValue(), application.getKey().plan());
                log.info("演示评审活动：{} {} 的申报 {}：{}（模拟时间 {}）", notice.notice(), application.getKey().name(),
                        application.getValue(), where, BeijingTime.format(clock.now()));
                count++;
            }
        }
        return count;
    }

    // ------------------------------------------------------------------ the applicant

    private String declare(NoticeCampaign notice, DemoApplication demo) {
        ApiUser applicant = user(demo.applicant());
        LocalDate today = BeijingTime.local(clock.now()).toLocalDate();
        String no = applicationService.create(notice.declaration().form(notice.notice(), demo, today), applicant)
                .applicationNo();
        EligibilityReport check = applicationService.check(no, applicant);
        for (EligibilityReport.MaterialStatus material : check.materials()) {
            if (material.uploaded()) {
                continue;
            }
            AttachmentView page = attachments.upload(no, material.id(), new Page(material.id() + ".jpg",
                    samplePage(material.name())), applicant);
            attachments.mask(page.id(), new MaskRequest(false, List.of()), applicant);
        }
        applicationService.submit(no, applicant);
        return no;
    }

    private record Page(String originalName, byte[] content) implements AttachmentService.Upload {
        @Override
        public long size() {
            return content.length;
        }

        @Override
        public byte[] bytes() {
            return content;
        }
    }

    /** A sample scan: a page with the material's name on it. */
    private static byte[] samplePage(String title) {
        BufferedImage image = new BufferedImage(420, 594, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(250, 248, 240));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(new Color(60, 60, 60));
        g.drawString("演示材料（样张）", 40, 60);
        g.drawString(title == null ? "" : title, 40, 90);
        for (int y = 130; y < 560; y += 18) {
            g.fillRect(40, y, 300 + (y * 7) % 40, 3);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ the offices

    /** Works the application as its plan says; where it was left, in words. */
    private String work(String no, Plan plan) {
        boolean returned = false;
        for (int step = 0; step < MAX_STEPS; step++) {
            HistoricProcessInstance root = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(no).rootProcessInstances().singleResult();
            if (root == null) {
                throw new IllegalStateException("申报 " + no + " 没有流程");
            }
            if (root.getEndTime() != null) {
                return "已办结（" + variable(root.getId(), "finalStatus") + "）";
            }
            List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(no)
                    .orderByTaskCreateTime().asc().list();
            if (tasks.stream().anyMatch(t -> t.getTaskDefinitionKey().equals(plan.stopAt()))) {
                return "停在 " + plan.stopAt();
            }
            if (MEETING.equals(plan.stopAt()) && waiting(no, "CommitteeMeetingOpened")) {
                // as an office does: the meeting is planned a week ahead and its experts drawn; the vote opens on the day
                return "等待评审会议 " + planMeeting(no) + "（已安排、已抽取评委）";
            }
            if (PAYMENT.equals(plan.stopAt()) && waiting(no, "PaymentReceived")) {
                return "等待缴费";
            }
            Task task = tasks.stream().filter(t -> !"committee_meeting_close".equals(t.getTaskDefinitionKey()))
                    .findFirst().orElse(null);
            if (task != null) {
                boolean sendBack = !returned && task.getTaskDefinitionKey().equals(plan.returnAt());
                complete(task, sendBack);
                returned |= sendBack;
            } else if (waiting(no, "CommitteeMeetingOpened")) {
                holdMeeting(no);
            } else if (waiting(no, "PaymentReceived")) {
                runtimeService.createMessageCorrelation("PaymentReceived").processInstanceBusinessKey(no).correlateAll();
            } else {
                clock.advance(untilNextJob(root.getId()));
            }
        }
        throw new IllegalStateException("申报 " + no + " 的演示流程没有按计划停下");
    }

    private void complete(Task task, boolean sendBack) {
        String key = task.getTaskDefinitionKey();
        String user = responsibleUser(task);
        Map<String, Object> variables = switch (key) {
            case "defense_record" -> Map.of("defensePassed", true, "comment", "答辩通过");
            case "expert_vote" -> Map.of("vote", "FOR");
            case "applicant_revise" -> Map.of("comment", "已按退回意见修改");
            default -> sendBack
                    ? Map.of("decision", "RETURN", "comment", "退回修改",
                    "returnReasons", "继续教育证明缺少2023年度学时\n业绩材料未遮盖单位名称")
                    : Map.of("decision", "APPROVE", "comment", "同意");
        };
        identityService.setAuthentication(user, groups(user));
        try {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), user);
            }
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void holdMeeting(String no) {
        asCommitteeOffice(no, (office, committee, level) -> meetings.hold(office, committee, no, level,
                BeijingTime.local(clock.now()).toLocalDate()));
    }

    private long planMeeting(String no) {
        return asCommitteeOffice(no, (office, committee, level) -> meetings.plan(office, committee, no, level,
                BeijingTime.local(clock.now()).toLocalDate().plusDays(7)));
    }

    private interface MeetingStep {
        long run(ApiUser office, String committeeCode, String level);
    }

    /** A meeting step of the office of the committee whose vote the application waits for; the meeting's id. */
    private long asCommitteeOffice(String no, MeetingStep step) {
        String voteInstance = runtimeService.createExecutionQuery().processInstanceBusinessKey(no)
                .messageEventSubscriptionName("CommitteeMeetingOpened").list().get(0).getProcessInstanceId();
        String committeeGroup = (String) runtimeService.getVariable(voteInstance, "committeeGroup");
        String level = (String) runtimeService.getVariable(voteInstance, "level");
        String office = firstMember(committeeGroup);
        ApiUser officeUser = user(office);
        identityService.setAuthentication(office, List.copyOf(officeUser.groups()));
        try {
            return step.run(officeUser, committeeGroup.substring("committee".length()), level);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private boolean waiting(String no, String message) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(no)
                .messageEventSubscriptionName(message).count() > 0;
    }

    /** A job of the application due now (the clock moves a second), else its earliest timer, else half a day. */
    private Duration untilNextJob(String rootInstanceId) {
        if (managementService.createJobQuery().rootProcessInstanceId(rootInstanceId).executable().count() > 0) {
            return Duration.ofSeconds(1);
        }
        Instant now = clock.now();
        List<Job> next = managementService.createJobQuery().rootProcessInstanceId(rootInstanceId).timers()
                .withRetriesLeft().duedateHigherThan(Date.from(now)).orderByJobDuedate().asc().listPage(0, 1);
        if (next.isEmpty()) {
            return Duration.ofHours(12);
        }
        return Duration.between(now, next.get(0).getDuedate().toInstant()).plusSeconds(1);
    }

    /** The demo user who works the task: its assignee, candidate user, or the first member of its group. */
    private String responsibleUser(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (link.getUserId() != null) {
                return link.getUserId();
            }
            if (link.getGroupId() != null) {
                return firstMember(link.getGroupId());
            }
        }
        throw new IllegalStateException("任务 " + task.getTaskDefinitionKey() + " 没有办理人");
    }

    private String firstMember(String group) {
        return identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().listPage(0, 1).get(0).getId();
    }

    private List<String> groups(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private ApiUser user(String userId) {
        Set<String> groups = new HashSet<>(groups(userId));
        return new ApiUser(userId, groups);
    }

    private Object variable(String processInstanceId, String name) {
        HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }
}
