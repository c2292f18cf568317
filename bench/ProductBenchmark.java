
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.xj.titlereview.TitleReviewApplication;
import cn.xj.titlereview.application.ApplicationTestSupport;
import cn.xj.titlereview.application.DeclaredStarts;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.support.CampaignDriver;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;
import cn.xj.titlereview.task.TaskListQueryPlugin;

/**
 * The product's benchmark (issue #16), run by bench/run. Starts the product in this JVM (MariaDB/MySQL in a database
 * of its own, or H2 in memory; profile simulation), counts every SQL statement, row written and commit through a
 * JDBC wrapper around its data source, and measures side by side:
 * <ul>
 * <li>end to end: the 2024 senior five-series happy path (declaration to HR confirmation) worked by the campaign bot
 * (engine REST as each role, the simulation clock) against a bare process deployed into the same engine and database
 * with the same wait states (the user tasks, timers, messages and asynchronous jobs the product's run recorded, no-op
 * service tasks), worked by the same bot;</li>
 * <li>the declaration peak: complete drafts submitted at once by N HTTP clients;</li>
 * <li>task lists: the first page of 50 and the count, as Tasklist asks engine REST, for a unit reviewer and a
 * committee office at two numbers of open tasks;</li>
 * <li>a timer storm: N timers due at the same moment, drained by the job executor;</li>
 * <li>one node against two: K applications in lockstep on node A alone, then on A and a second product process on
 * the same database (MariaDB/MySQL only);</li>
 * <li>volume: the heap after N finished applications (their engine history copied in the database) and the engine's
 * history clean-up of them once the clock is past their historyTimeToLive.</li>
 * </ul>
 */
public class ProductBenchmark {

    static final String NOTICE = "notice-2024-xj-senior-five-series";
    static final String STARTS_AT = "2024-09-02T09:00";

    // ------------------------------------------------------------------ options

    static int apps = 10;
    static int submissions = 2000;
    static int clients = 32;
    static int[] taskSizes = {10_000, 200_000};
    /** Open tasks of the measured unit's and committee's own groups, the same at both sizes (the rest are other offices'). */
    static int[] ownTasks = {250, 2_500};
    /** Other offices' groups the rest of the open tasks are spread over. */
    static final int OTHER_OFFICES = 200;
    static int timers = 10_000;
    static boolean quick;
    /** Another engine history level than the product's (full), to see what it costs. */
    static String historyLevel;
    static boolean endToEndOnly;
    static boolean timerStormOnly;
    static boolean taskListOnly;
    /** Product properties of this run (--set name=value), e.g. the job executor's threads. */
    static final Map<String, String> extra = new LinkedHashMap<>();
    /** Measured rounds of the task lists (after one warm-up): few, since one round can take seconds at scale. */
    static final int TASK_LIST_ROUNDS = 7;
    static final int ENGINE_FORM_ROUNDS = 3;
    static final Duration ENGINE_FORM_TIMEOUT = Duration.ofMinutes(3);
    static boolean mysql = true;
    /** Leave the benchmark's database behind (its name is printed) to look at its queries with the mysql client. */
    static boolean keepDatabase;
    /** Applications worked in lockstep on one node and on two. */
    static int twoNodesApps = 20;
    static boolean twoNodesOnly;
    /** Finished applications in the database for the heap and the history clean-up (copies of finished ones). */
    static int volume = 100_000;
    static boolean volumeOnly;
    /** How long the history clean-up may run before the benchmark stops waiting for it. */
    static Duration cleanupLimit = Duration.ofMinutes(30);
    /** The product's start arguments and profiles, for the second node's process. */
    static final Map<String, Object> nodeProperties = new LinkedHashMap<>();
    static String[] nodeProfiles;

    static final Map<String, Object> results = new LinkedHashMap<>();
    static final List<String[]> table = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> {
                    quick = true;
                    apps = 1;
                    submissions = 100;
                    clients = 16;
                    taskSizes = new int[] {500, 2_000};
                    ownTasks = new int[] {50, 200};
                    timers = 500;
                    twoNodesApps = 4;
                    volume = 100;
                    cleanupLimit = Duration.ofMinutes(3);
                }
                case "--h2" -> mysql = false;
                case "--mysql" -> mysql = true;
                case "--apps" -> apps = Integer.parseInt(args[++i]);
                case "--submissions" -> submissions = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--tasks" -> {
                    String[] sizes = args[++i].split(",");
                    taskSizes = new int[] {Integer.parseInt(sizes[0]), Integer.parseInt(sizes[1])};
                }
                case "--own-tasks" -> {
                    String[] sizes = args[++i].split(",");
                    ownTasks = new int[] {Integer.parseInt(sizes[0]), Integer.parseInt(sizes[1])};
                }
                case "--timers" -> timers = Integer.parseInt(args[++i]);
                case "--history" -> historyLevel = args[++i];
                case "--end-to-end-only" -> endToEndOnly = true;
                case "--timer-storm-only" -> timerStormOnly = true;
                case "--task-list-only" -> taskListOnly = true;
                case "--keep-database" -> keepDatabase = true;
                case "--two-nodes-apps" -> twoNodesApps = Integer.parseInt(args[++i]);
                case "--two-nodes-only" -> twoNodesOnly = true;
                case "--volume" -> volume = Integer.parseInt(args[++i]);
                case "--volume-only" -> volumeOnly = true;
                case "--cleanup-limit" -> cleanupLimit = Duration.parse(args[++i]);
                case "--set" -> {
                    String[] pair = args[++i].split("=", 2);
                    extra.put(pair[0], pair[1]);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String host = env("BENCH_MYSQL_HOST", "127.0.0.1");
        String port = env("BENCH_MYSQL_PORT", "3306");
        String user = env("BENCH_MYSQL_USER", "root");
        String password = env("BENCH_MYSQL_PASSWORD", "");
        String database = "titlereview_bench_" + System.currentTimeMillis();
        String serverUrl = "jdbc:mysql://" + host + ":" + port + "/?sendFractionalSeconds=false";

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("titlereview.demo-data.enabled", "true");
        properties.put("titlereview.schedule.register-on-startup", "false");
        properties.put("titlereview.simulation.follow-interval", "PT0S");
        properties.put("titlereview.notifications.task-waiting", "true");
        properties.put("titlereview.attachments.dir", "target/bench-attachments");
        properties.put("titlereview.sms.gateway", "log");
        properties.put("logging.level.root", "WARN");
        // the engine's host name goes into every job log row: which node ran a job
        properties.put("camunda.bpm.generic-properties.properties.hostname", "node-a");
        properties.put("titlereview.crypto.id-number-key",
                Base64.getEncoder().encodeToString("bench-only-key-protects-nothing!".getBytes(StandardCharsets.UTF_8)));
        if (historyLevel != null) {
            properties.put("camunda.bpm.history-level", historyLevel);
        }
        properties.putAll(extra);
        String[] profiles = {"simulation"};
        if (mysql) {
            try (Connection c = DriverManager.getConnection(serverUrl, user, password)) {
                c.createStatement().execute("create database " + database
                        + " character set utf8mb4 collate utf8mb4_unicode_ci");
            }
            profiles = new String[] {"mysql", "simulation"};
            properties.put("spring.datasource.url", "jdbc:mysql://" + host + ":" + port + "/" + database);
            properties.put("spring.datasource.username", user);
            properties.put("spring.datasource.password", password);
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        nodeProperties.putAll(properties);
        nodeProfiles = profiles;
        results.put("database", mysql ? "mysql profile (" + databaseVersion(serverUrl, user, password) + ")" : "H2 in memory");
        results.put("mode", quick ? "quick (small sizes)" : "sizes as given");
        results.put("historyLevel", historyLevel == null ? "full (the product's)" : historyLevel);
        results.put("settings", extra);
        results.put("cores", Runtime.getRuntime().availableProcessors());
        results.put("xmxMb", Runtime.getRuntime().maxMemory() / 1048576);

        ConfigurableApplicationContext context = null;
        try {
            long startAt = System.nanoTime();
            String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
            context = new SpringApplicationBuilder(TitleReviewApplication.class).profiles(profiles)
                    .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new CountingDataSources()))
                    .run(arguments);
            System.out.printf("产品已启动（%s），用时 %.1f 秒%n", results.get("database"), (System.nanoTime() - startAt) / 1e9);
            int webPort = ((WebServerApplicationContext) context).getWebServer().getPort();
            Bench bench = new Bench(context, webPort);
            boolean all = !endToEndOnly && !timerStormOnly && !taskListOnly && !twoNodesOnly && !volumeOnly;
            if (taskListOnly) {
                bench.taskLists();
            } else if (twoNodesOnly) {
                bench.twoNodes();
            } else if (volumeOnly) {
                System.out.println("数据量：先完成 1 件产品申报作为样本 …");
                bench.productApplication();
                bench.finishedApplications++;
            } else {
                bench.endToEnd();
            }
            if (all) {
                bench.twoNodes();
                bench.declarationPeak();
                bench.taskLists();
            }
            if (all || timerStormOnly) {
                bench.timerStorm();
            }
            if (all || volumeOnly) {
                bench.volume();
            } else {
                bench.heap(Map.of());
            }
            if (!all && !twoNodesOnly) {
                results.put("twoNodes.ratio", figure(null, "≥ 1.6 (two nodes vs one, end to end)", null, Map.of(),
                        "not measured in this run (bench/run --two-nodes-only)"));
            }
        } finally {
            if (context != null) {
                context.close();
            }
            ClockUtil.reset();
            if (mysql && keepDatabase) {
                System.out.println("数据库保留：" + database);
            } else if (mysql) {
                try (Connection c = DriverManager.getConnection(serverUrl, user, password)) {
                    c.createStatement().execute("drop database if exists " + database);
                }
                System.out.println("已删除数据库 " + database);
            }
        }
        printTable();
        Path out = Path.of("target", "bench", endToEndOnly ? "results-end-to-end.json" : timerStormOnly ? "results-timer-storm.json" : "results.json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), results);
        System.out.println("结果已写入 " + out);
    }

    // ------------------------------------------------------------------ the measurements

    static final class Bench {
        final ConfigurableApplicationContext context;
        final ProcessEngine engine;
        final RuntimeService runtime;
        final HistoryService history;
        final ManagementService management;
        final RepositoryService repository;
        final DeclaredStarts declaredStarts;
        final TestRestTemplate rest;
        final CampaignRunner bot;
        final CampaignDriver driver;
        final int port;
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        final AtomicInteger sequence = new AtomicInteger();
        String unitReviewer;
        String unitGroup;
        String committeeOffice;
        String committeeGroup;
        double endToEndCommitsPerSecond;
        int finishedApplications;
        /** Every product application this run started (the volume phase copies the finished ones). */
        final List<String> productNos = Collections.synchronizedList(new ArrayList<>());

        Bench(ConfigurableApplicationContext context, int port) {
            this.context = context;
            this.port = port;
            this.engine = context.getBean(ProcessEngine.class);
            this.runtime = engine.getRuntimeService();
            this.history = engine.getHistoryService();
            this.management = engine.getManagementService();
            this.repository = engine.getRepositoryService();
            this.declaredStarts = DeclaredStarts.in(context);
            this.rest = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port));
            this.bot = new CampaignRunner(rest, engine);
            this.driver = bot.driver();
        }

        // -------------------------------------------------------------- end to end

        void endToEnd() {
            System.out.println("端到端：预热（产品 1 件），按其历史生成同形的裸流程 …");
            String first = productApplication();
            BpmnModelInstance bare = bareModelLike(first);
            repository.createDeployment().name("bench-bare").addModelInstance("bench_bare.bpmn", bare).deploy();
            bareApplication();
            finishedApplications += 2;

            Sample product = new Sample();
            Sample plain = new Sample();
            Map<String, Long> productKinds = new HashMap<>();
            Map<String, Long> bareKinds = new HashMap<>();
            for (int i = 0; i < apps; i++) {
                Map<String, Long> k0 = Counts.kinds();
                product.add(measure(this::productApplication));
                Map<String, Long> k1 = Counts.kinds();
                plain.add(measure(this::bareApplication));
                Map<String, Long> k2 = Counts.kinds();
                Counts.top(k0, k1, 1000, 1).forEach((k, v) -> productKinds.merge(k, v, Long::sum));
                Counts.top(k1, k2, 1000, 1).forEach((k, v) -> bareKinds.merge(k, v, Long::sum));
                finishedApplications += 2;
                System.out.printf("  %d/%d 产品 %.2f s、%d 条 SQL；裸流程 %.2f s、%d 条 SQL%n", i + 1, apps,
                        product.last.seconds, product.last.statements, plain.last.seconds, plain.last.statements);
            }
            double timeRatio = product.seconds / plain.seconds;
            double statementRatio = (double) product.statements / plain.statements;
            double rowRatio = (double) product.rows / plain.rows;
            endToEndCommitsPerSecond = product.commits / product.seconds;
            Map<String, Object> sizes = Map.of("applications", apps, "warmUp", 1, "scenario",
                    NOTICE + " SENIOR_FULL happy path", "bareShape", bareShape);
            results.put("endToEnd.timeRatio", figure(round(timeRatio), "≤ 1.4", timeRatio <= 1.4, sizes, null));
            results.put("endToEnd.statementRatio", figure(round(statementRatio), "≤ 1.3", statementRatio <= 1.3, sizes, null));
            results.put("endToEnd.rowRatio", figure(round(rowRatio), null, null, sizes, null));
            Map<String, Object> perApplication = new LinkedHashMap<>();
            perApplication.put("productSeconds", round(product.seconds / apps));
            perApplication.put("bareSeconds", round(plain.seconds / apps));
            perApplication.put("productStatements", product.statements / apps);
            perApplication.put("bareStatements", plain.statements / apps);
            perApplication.put("productRowsWritten", product.rows / apps);
            perApplication.put("bareRowsWritten", plain.rows / apps);
            perApplication.put("productCommits", product.commits / apps);
            perApplication.put("bareCommits", plain.commits / apps);
            perApplication.put("productCommitsPerSecond", round(endToEndCommitsPerSecond));
            results.put("endToEnd.perApplication", perApplication);
            Map<String, Long> none = Map.of();
            Map<String, Long> productTop = Counts.top(none, productKinds, 25, apps);
            Map<String, Long> bareTop = Counts.top(none, bareKinds, 25, apps);
            results.put("endToEnd.productStatementsByKind", productTop);
            results.put("endToEnd.bareStatementsByKind", bareTop);
            System.out.println("  每件 SQL（产品，前 25）：" + productTop);
            System.out.println("  每件 SQL（裸流程，前 25）：" + bareTop);
            table.add(new String[] {"endToEnd.timeRatio", fmt(timeRatio), "≤ 1.4",
                    String.format("产品 %.2f s / 裸 %.2f s 每件", product.seconds / apps, plain.seconds / apps)});
            table.add(new String[] {"endToEnd.statementRatio", fmt(statementRatio), "≤ 1.3",
                    String.format("%d / %d 条 SQL 每件", product.statements / apps, plain.statements / apps)});
            table.add(new String[] {"endToEnd.rowRatio", fmt(rowRatio), "-",
                    String.format("写入 %d / %d 行每件", product.rows / apps, plain.rows / apps)});
        }

        String productApplication() {
            driver.clockTo(STARTS_AT);
            String no = "BE" + System.nanoTime() % 1_000_000 + "-" + sequence.incrementAndGet();
            productNos.add(no);
            // a declared application (the pre-check stops a process without one at an incident)
            declaredStarts.start(new ApplicationProcessStart(no, NOTICE, Level.SENIOR_FULL, "工程系列", "有色金属",
                    "650100001", "sbxj01", ApplicationFacts.none()));
            String status = bot.runToEnd(no);
            if (!"APPROVED".equals(status)) {
                throw new IllegalStateException("the product's application " + no + " ended " + status);
            }
            return no;
        }

        String bareApplication() {
            driver.clockTo(STARTS_AT);
            String no = "BB" + System.nanoTime() % 1_000_000 + "-" + sequence.incrementAndGet();
            runtime.startProcessInstanceByKey("bench_bare", no);
            bot.runToEnd(no);
            return no;
        }

        Map<String, Integer> bareShape = new LinkedHashMap<>();

        /**
         * A flat process with the wait states the product's application went through: each user task (same
         * assignee), each timer that fired, each message it waited for (the committee meeting's message as a timer:
         * the bare process has no meeting), each asynchronous job, and each service task as a no-op expression.
         */
        BpmnModelInstance bareModelLike(String no) {
            List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(no).list();
            List<HistoricActivityInstance> activities = new ArrayList<>();
            int asyncJobs = 0;
            for (HistoricProcessInstance instance : instances) {
                activities.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list());
                for (HistoricJobLog log : history.createHistoricJobLogQuery().processInstanceId(instance.getId())
                        .successLog().list()) {
                    if (!log.getJobDefinitionType().startsWith("timer")) {
                        asyncJobs++;
                    }
                }
            }
            activities.sort((a, b) -> {
                int byTime = a.getStartTime().compareTo(b.getStartTime());
                return byTime != 0 ? byTime : Long.compare(((HistoricActivityInstanceEventEntity) a).getSequenceCounter(), ((HistoricActivityInstanceEventEntity) b).getSequenceCounter());
            });
            Map<String, HistoricTaskInstance> tasks = new HashMap<>();
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no).list()) {
                tasks.put(task.getId(), task);
            }
            for (HistoricTaskInstance task : tasks.values()) {
                if ("unit_review".equals(task.getTaskDefinitionKey()) && unitReviewer == null) {
                    unitReviewer = task.getAssignee();
                    unitGroup = candidateGroup(task.getId());
                }
                if ("committee_intake".equals(task.getTaskDefinitionKey()) && committeeOffice == null) {
                    committeeOffice = task.getAssignee();
                    committeeGroup = candidateGroup(task.getId());
                }
            }
            AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess("bench_bare").name("bench bare process")
                    .camundaHistoryTimeToLive(180).startEvent("start");
            int n = 0;
            int userTasks = 0;
            int timerCount = 0;
            int messages = 0;
            int noOps = 0;
            for (HistoricActivityInstance activity : activities) {
                String type = activity.getActivityType();
                String id = "n" + (++n) + "_";
                switch (type) {
                    case "userTask" -> {
                        HistoricTaskInstance task = tasks.get(activity.getTaskId());
                        String assignee = task.getAssignee();
                        System.out.println("    " + task.getTaskDefinitionKey() + " " + assignee + " " + task.getDeleteReason());
                        if ("committee_meeting_close".equals(task.getTaskDefinitionKey()) || assignee == null
                                || "admin".equals(assignee)) {
                            // the office closes its meeting through the product's meeting API (the bot never works it)
                            continue;
                        }
                        flow = flow.userTask(task.getTaskDefinitionKey() + "_" + n).camundaAssignee(assignee);
                        userTasks++;
                        if (asyncJobs > 0) {
                            flow = flow.serviceTask(id + "async").camundaExpression("${true}").camundaAsyncBefore();
                            asyncJobs--;
                            noOps++;
                        }
                    }
                    case "intermediateTimer", "boundaryTimer" -> {
                        if (activity.getEndTime() != null && !activity.isCanceled()) {
                            flow = flow.intermediateCatchEvent(id + "timer").timerWithDuration("PT1H");
                            timerCount++;
                        }
                    }
                    case "intermediateMessageCatch", "receiveTask", "boundaryMessage" -> {
                        if (activity.getEndTime() != null && !activity.isCanceled()) {
                            String message = messageName(activity);
                            if ("PaymentReceived".equals(message)) {
                                flow = flow.intermediateCatchEvent(id + "message").message("PaymentReceived");
                                messages++;
                            } else {
                                flow = flow.intermediateCatchEvent(id + "timer").timerWithDuration("PT1H");
                                timerCount++;
                            }
                        }
                    }
                    case "serviceTask", "businessRuleTask", "scriptTask", "sendTask" -> {
                        flow = flow.serviceTask(id + "noop").camundaExpression("${true}");
                        noOps++;
                    }
                    default -> {
                    }
                }
            }
            while (asyncJobs-- > 0) {
                flow = flow.serviceTask("async_" + (++n)).camundaExpression("${true}").camundaAsyncBefore();
                noOps++;
            }
            bareShape.put("userTasks", userTasks);
            bareShape.put("timers", timerCount);
            bareShape.put("messages", messages);
            bareShape.put("noOpServiceTasks", noOps);
            bareShape.put("productProcessInstances", instances.size());
            bareShape.put("productActivities", activities.size());
            System.out.println("  裸流程：" + bareShape);
            return flow.endEvent("end").done();
        }

        String messageName(HistoricActivityInstance activity) {
            ModelElementInstance element = repository.getBpmnModelInstance(activity.getProcessDefinitionId())
                    .getModelElementById(activity.getActivityId());
            for (MessageEventDefinition definition : element.getChildElementsByType(MessageEventDefinition.class)) {
                if (definition.getMessage() != null) {
                    return definition.getMessage().getName();
                }
            }
            if (element instanceof org.camunda.bpm.model.bpmn.instance.ReceiveTask receive && receive.getMessage() != null) {
                return receive.getMessage().getName();
            }
            return "";
        }

        String candidateGroup(String taskId) {
            for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(taskId).list()) {
                if (link.getGroupId() != null) {
                    return link.getGroupId();
                }
            }
            return null;
        }

        // -------------------------------------------------------------- the declaration peak

        void declarationPeak() throws Exception {
            ObjectMapper json = context.getBean(ObjectMapper.class);
            ApplicationTestSupport support = new ApplicationTestSupport(rest, repository);
            driver.clockTo(STARTS_AT);
            System.out.printf("申报高峰：准备 %,d 份完整草稿（含必需材料）…%n", submissions);
            List<String> drafts = Collections.synchronizedList(new ArrayList<>());
            long prepared = System.nanoTime();
            parallel(4, submissions, i -> drafts.add(support.seniorDraft(json)));
            System.out.printf("  草稿就绪，用时 %.0f 秒；%d 个客户端同时提交 …%n", (System.nanoTime() - prepared) / 1e9, clients);

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            AtomicInteger next = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> running = new ArrayList<>();
            Counts before = Counts.now();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    go.await();
                    for (int i; (i = next.getAndIncrement()) < drafts.size(); ) {
                        long at = System.nanoTime();
                        int status;
                        try {
                            status = post("sbxj01", DemoUsers.PASSWORD, "/api/applications/" + drafts.get(i) + "/submit", "").statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        latencies.add(System.nanoTime() - at);
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            long started = System.nanoTime();
            go.countDown();
            for (Future<?> f : running) {
                f.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            Counts used = Counts.now().minus(before);
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            Map<String, Object> sizes = Map.of("submissions", drafts.size(), "clients", clients,
                    "applicant", "one demo applicant (sbxj01), one notice, fresh ID numbers");
            double p95 = ms(percentile(sorted, 95));
            results.put("declarationPeak.p95Ms", figure(round(p95), null, null, sizes, null));
            results.put("declarationPeak.p50Ms", figure(round(ms(percentile(sorted, 50))), null, null, sizes, null));
            results.put("declarationPeak.p99Ms", figure(round(ms(percentile(sorted, 99))), null, null, sizes, null));
            results.put("declarationPeak.throughputPerSecond", figure(round(drafts.size() / seconds), null, null, sizes, null));
            results.put("declarationPeak.errors", figure(errors.get(), "0", errors.get() == 0, sizes,
                    errors.get() == 0 ? null : "HTTP statuses: " + statuses));
            results.put("declarationPeak.statementsPerSubmission", round((double) used.statements / drafts.size()));
            table.add(new String[] {"declarationPeak.p95Ms", fmt(p95), "-", String.format(
                    "%,d 份 / %d 客户端：%.1f 份/秒，p50 %.0f ms，p99 %.0f ms", drafts.size(), clients, drafts.size() / seconds,
                    ms(percentile(sorted, 50)), ms(percentile(sorted, 99)))});
            table.add(new String[] {"declarationPeak.errors", String.valueOf(errors.get()), "0", "状态：" + statuses});
        }

        // -------------------------------------------------------------- task lists

        void taskLists() throws Exception {
            BpmnModelInstance model = Bpmn.createExecutableProcess("bench_task_list").name("bench task list")
                    .camundaHistoryTimeToLive(180).startEvent()
                    .userTask("bench_review").name("基准：待办").camundaCandidateGroups("${group}")
                    .endEvent().done();
            repository.createDeployment().name("bench-task-list").addModelInstance("bench_task_list.bpmn", model).deploy();
            if (unitReviewer == null) { // no end-to-end run before: the offices of its application
                unitReviewer = "dwxj01";
                unitGroup = "unit650100001";
                committeeOffice = "pwxj01";
                committeeGroup = "committee650101";
            }
            String[][] who = {{"unit", unitReviewer, unitGroup}, {"committee", committeeOffice, committeeGroup}};
            Map<String, Object> perSize = new LinkedHashMap<>();
            Map<String, double[]> p95s = new LinkedHashMap<>();
            Map<String, double[]> engineP95s = new LinkedHashMap<>();
            int open = 0;
            for (int s = 0; s < 2; s++) {
                int target = taskSizes[s];
                long openNow = engine.getTaskService().createTaskQuery().count();
                int toStart = (int) Math.max(0, target - openNow);
                // the measured offices' own tasks first (the same number at both sizes), then other offices' tasks
                int ownUnit = s == 0 ? ownTasks[0] : 0;
                int ownCommittee = s == 0 ? ownTasks[1] : 0;
                System.out.printf("待办列表：开启 %,d 个待办（现有 %,d；本单位 %,d、本委员会 %,d，其余分属 %d 个其他单位）…%n",
                        toStart, openNow, ownUnit, ownCommittee, OTHER_OFFICES);
                long at = System.nanoTime();
                parallel(4, toStart, i -> runtime.startProcessInstanceByKey("bench_task_list", Map.of("group",
                        i < ownUnit ? unitGroup : i < ownUnit + ownCommittee ? committeeGroup
                                : "unitbench" + (i % OTHER_OFFICES))));
                open = (int) engine.getTaskService().createTaskQuery().count();
                System.out.printf("  已开启，用时 %.0f 秒；共 %,d 个待办%n", (System.nanoTime() - at) / 1e9, open);
                Map<String, Object> thisSize = new LinkedHashMap<>();
                for (String[] role : who) {
                    ListTimes union = listTimes(role[1], TASK_LIST_ROUNDS);
                    p95s.computeIfAbsent(role[0], k -> new double[2])[s] = union.p95;
                    Map<String, Object> measured = new LinkedHashMap<>();
                    measured.put("user", role[1]);
                    measured.put("visibleTasks", union.visible);
                    measured.put("p50Ms", round(union.p50));
                    measured.put("p95Ms", round(union.p95));
                    // the engine's own form of the check on the same data, side by side (fewer rounds: it is slow)
                    TaskListQueryPlugin rewrite = context.getBean(TaskListQueryPlugin.class);
                    rewrite.setEnabled(false);
                    try {
                        // at the larger size one round without warm-up: a single list can take minutes
                        ListTimes engineForm = listTimes(role[1], s == 0 ? ENGINE_FORM_ROUNDS : 1, s == 0);
                        measured.put("engineFormP95Ms", engineForm.timedOut() ? "> " + ENGINE_FORM_TIMEOUT.toMillis()
                                : round(engineForm.p95));
                        engineP95s.computeIfAbsent(role[0], k -> new double[2])[s] = engineForm.timedOut()
                                ? ENGINE_FORM_TIMEOUT.toMillis() : engineForm.p95;
                        System.out.printf("  %s（%s）：可见 %,d，首页 50 条 + 计数 p95 %.1f ms（引擎原查询 %s）%n",
                                role[0], role[1], union.visible, union.p95, engineForm.timedOut()
                                        ? "超过 " + ENGINE_FORM_TIMEOUT.toSeconds() + " 秒未答" : String.format("%.1f ms", engineForm.p95));
                    } finally {
                        rewrite.setEnabled(true);
                    }
                    thisSize.put(role[0], measured);
                }
                perSize.put(String.valueOf(open), thisSize);
            }
            double worst = 0;
            for (Map.Entry<String, double[]> e : p95s.entrySet()) {
                worst = Math.max(worst, e.getValue()[1] / e.getValue()[0]);
            }
            results.put("taskList.p95Ratio", figure(round(worst), "≤ 2", worst <= 2, Map.of("openTasks",
                    perSize.keySet(), "requested", List.of(taskSizes[0], taskSizes[1]), "ownTasks",
                    Map.of("unit", ownTasks[0], "committee", ownTasks[1], "otherOffices", OTHER_OFFICES),
                    "measured", perSize), "the measured offices' own open tasks stay the same; the others' grow"));
            table.add(new String[] {"taskList.p95Ratio", fmt(worst), "≤ 2", "开启待办 " + perSize.keySet() + "；"
                    + p95s.entrySet().stream().map(e -> String.format("%s %.1f→%.1f ms", e.getKey(), e.getValue()[0],
                    e.getValue()[1])).reduce((a, b) -> a + "，" + b).orElse("")});
            double engineWorst = 0;
            for (Map.Entry<String, double[]> e : engineP95s.entrySet()) {
                engineWorst = Math.max(engineWorst, e.getValue()[1] / e.getValue()[0]);
            }
            results.put("taskList.engineFormP95Ratio", figure(round(engineWorst), null, null, Map.of("rounds",
                    ENGINE_FORM_ROUNDS), "the same lists with the engine's own authorization join (the union off)"));
            table.add(new String[] {"taskList.engineForm", fmt(engineWorst), "-", "引擎原查询："
                    + engineP95s.entrySet().stream().map(e -> String.format("%s %.1f→%.1f ms", e.getKey(), e.getValue()[0],
                    e.getValue()[1])).reduce((a, b) -> a + "，" + b).orElse("")});
        }

        record ListTimes(long visible, double p50, double p95, boolean timedOut) {
        }

        /** The first page of 50 (newest first) and the count, as Tasklist asks engine REST; after one warm-up. */
        ListTimes listTimes(String user, int rounds) throws Exception {
            return listTimes(user, rounds, true);
        }

        /** A list that does not answer within {@link #ENGINE_FORM_TIMEOUT} is reported as timed out. */
        ListTimes listTimes(String user, int rounds, boolean warmUp) throws Exception {
            long visible = 0;
            List<Long> times = new ArrayList<>();
            for (int r = warmUp ? 0 : 1; r < rounds + 1; r++) {
                long t0 = System.nanoTime();
                HttpResponse<String> page;
                HttpResponse<String> count;
                try {
                    page = post(user, DemoUsers.PASSWORD, "/engine-rest/task?firstResult=0&maxResults=50",
                            "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}", ENGINE_FORM_TIMEOUT);
                    count = post(user, DemoUsers.PASSWORD, "/engine-rest/task/count", "{}", ENGINE_FORM_TIMEOUT);
                } catch (java.net.http.HttpTimeoutException e) {
                    return new ListTimes(visible, Double.NaN, Double.NaN, true);
                }
                long t = System.nanoTime() - t0;
                if (page.statusCode() != 200 || count.statusCode() != 200) {
                    throw new IllegalStateException("task list of " + user + ": " + page.body() + count.body());
                }
                visible = new ObjectMapper().readTree(count.body()).path("count").asLong();
                if (r >= 1) {
                    times.add(t);
                }
            }
            Collections.sort(times);
            return new ListTimes(visible, ms(percentile(times, 50)), ms(percentile(times, 95)), false);
        }

        // -------------------------------------------------------------- the timer storm

        void timerStorm() throws Exception {
            BpmnModelInstance model = Bpmn.createExecutableProcess("bench_timer_storm").name("bench timer storm")
                    .camundaHistoryTimeToLive(180).startEvent()
                    .intermediateCatchEvent("publicity_ends").timerWithDate("${due}")
                    .serviceTask("after_publicity").camundaExpression("${true}")
                    .endEvent().done();
            repository.createDeployment().name("bench-timer-storm").addModelInstance("bench_timer_storm.bpmn", model).deploy();
            Date now = ClockUtil.getCurrentTime();
            Date due = new Date(now.getTime() + Duration.ofHours(1).toMillis());
            System.out.printf("定时器风暴：%,d 个定时器同一时刻到期 …%n", timers);
            parallel(4, timers, i -> runtime.startProcessInstanceByKey("bench_timer_storm", "storm-" + i, Map.of("due", due)));
            String definition = repository.createProcessDefinitionQuery().processDefinitionKey("bench_timer_storm")
                    .latestVersion().singleResult().getId();
            long start = System.nanoTime();
            ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
            long left;
            long limit = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while ((left = management.createJobQuery().processDefinitionId(definition).count()) > 0
                    && System.nanoTime() < limit) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long finished = history.createHistoricProcessInstanceQuery().processDefinitionId(definition).finished().count();
            long passed = history.createHistoricActivityInstanceQuery().processDefinitionId(definition)
                    .activityId("after_publicity").count();
            long distinctPassed = history.createHistoricActivityInstanceQuery().processDefinitionId(definition)
                    .activityId("after_publicity").list().stream().map(HistoricActivityInstance::getProcessInstanceId)
                    .distinct().count();
            Map<String, Long> runsPerJob = new HashMap<>();
            for (HistoricJobLog log : history.createHistoricJobLogQuery().processDefinitionId(definition).successLog().list()) {
                runsPerJob.merge(log.getJobId(), 1L, Long::sum);
            }
            long duplicated = (passed - distinctPassed) + runsPerJob.values().stream().filter(v -> v > 1).count();
            long lost = timers - distinctPassed;
            double rate = finished / seconds;
            double rateRatio = rate / endToEndCommitsPerSecond;
            Map<String, Object> sizes = Map.of("timers", timers, "dueAtTheSameMoment", true, "jobsLeftAfterDrain", left);
            results.put("timerStorm.drainSeconds", figure(round(seconds), null, null, sizes, null));
            results.put("timerStorm.ratePerSecond", figure(round(rate), null, null, sizes, null));
            results.put("timerStorm.rateRatio", figure(round(rateRatio), "≥ 0.5", rateRatio >= 0.5, sizes,
                    "timers fired per second against the product's commits per second end to end ("
                            + round(endToEndCommitsPerSecond) + "/s)"));
            results.put("timerStorm.lost", figure(lost, "0", lost == 0, sizes, null));
            results.put("timerStorm.duplicated", figure(duplicated, "0", duplicated == 0, sizes, null));
            table.add(new String[] {"timerStorm.rateRatio", fmt(rateRatio), "≥ 0.5", String.format(
                    "%,d 个定时器 %.1f 秒排空，%.0f 个/秒；端到端提交 %.0f 次/秒", timers, seconds, rate, endToEndCommitsPerSecond)});
            table.add(new String[] {"timerStorm.lost", String.valueOf(lost), "0", ""});
            table.add(new String[] {"timerStorm.duplicated", String.valueOf(duplicated), "0", ""});
        }

        // -------------------------------------------------------------- one node and two

        /**
         * The same K applications worked in lockstep on node A alone, then on nodes A and B (B: a second product
         * process on the same database, started from the same classes): the people's requests of a round go to the
         * nodes in turn, both job executors take the jobs; the simulation clock moves once for the group, through
         * node A (B follows the clock row of the database). Throughput is applications finished per second.
         */
        void twoNodes() throws Exception {
            if (!mysql) {
                results.put("twoNodes.ratio", figure(null, "≥ 1.6 (two nodes vs one, end to end)", null, Map.of(),
                        "not applicable on H2 in memory: a second node needs the same database (bench/run without --h2)"));
                table.add(new String[] {"twoNodes.ratio", "-", "≥ 1.6", "H2 内存库不适用（第二个节点需同一数据库）"});
                return;
            }
            Node a = new Node("A", rest, driver);
            if (finishedApplications == 0) { // --two-nodes-only: node A warms up first, as the end-to-end phase would
                System.out.println("双节点：预热节点 A（1 件）…");
                lockstep(1, List.of(a), "WA");
            }
            System.out.printf("双节点：%d 件同步推进，单节点（A）…%n", twoNodesApps);
            Group one = lockstep(twoNodesApps, List.of(a), "NA");
            System.out.printf("  单节点：%d 件 %.1f 秒，%.3f 件/秒，%d 轮，拨钟 %d 次%n", one.nos.size(), one.seconds,
                    one.perSecond(), one.rounds, one.clockMoves);
            System.out.println("双节点：启动节点 B（同一数据库，独立进程）…");
            long startAt = System.nanoTime();
            try (NodeProcess processB = NodeProcess.start("b")) {
                System.out.printf("  节点 B 已启动，用时 %.1f 秒；预热节点 B（1 件）…%n", (System.nanoTime() - startAt) / 1e9);
                TestRestTemplate restB = processB.rest();
                Node b = new Node("B", restB, new CampaignDriver(restB));
                lockstep(1, List.of(b), "WB");
                System.out.printf("双节点：%d 件同步推进，两个节点（A、B）…%n", twoNodesApps);
                Group two = lockstep(twoNodesApps, List.of(a, b), "NB");
                System.out.printf("  双节点：%d 件 %.1f 秒，%.3f 件/秒，%d 轮，拨钟 %d 次%n", two.nos.size(), two.seconds,
                        two.perSecond(), two.rounds, two.clockMoves);

                // every job of the two-node run once, and by whom
                Map<String, Long> runsPerJob = new HashMap<>();
                Map<String, Long> byHost = new java.util.TreeMap<>();
                long failedRuns = 0;
                for (String no : two.nos) {
                    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                            .processInstanceBusinessKey(no).list()) {
                        for (HistoricJobLog log : history.createHistoricJobLogQuery().processInstanceId(instance.getId())
                                .successLog().list()) {
                            runsPerJob.merge(log.getJobId(), 1L, Long::sum);
                            byHost.merge(String.valueOf(log.getHostname()), 1L, Long::sum);
                        }
                        failedRuns += history.createHistoricJobLogQuery().processInstanceId(instance.getId())
                                .failureLog().count();
                    }
                }
                long twice = runsPerJob.values().stream().filter(v -> v > 1).count();
                long approved = two.statuses.values().stream().filter("APPROVED"::equals).count();
                // the ratio compares like with like only if both groups went the whole happy path
                long approvedOne = one.statuses.values().stream().filter("APPROVED"::equals).count();
                double ratio = two.perSecond() / one.perSecond();
                Map<String, Object> sizes = new LinkedHashMap<>();
                sizes.put("applications", twoNodesApps);
                sizes.put("oneNode", one.describe());
                sizes.put("twoNodes", two.describe());
                sizes.put("jobsRun", runsPerJob.size());
                sizes.put("jobsRunTwice", twice);
                sizes.put("failedJobRuns", failedRuns);
                sizes.put("jobRunsByNode", byHost);
                sizes.put("approved", approved);
                sizes.put("approvedOnOneNode", approvedOne);
                sizes.put("statusesOnOneNode", one.statuses);
                sizes.put("nodeB", "a second product process (same classes, same database, profiles "
                        + String.join(",", nodeProfiles) + ", job executor and clustered Quartz on), started "
                        + round((System.nanoTime() - startAt) / 1e9) + " s before the end of its run");
                sizes.put("cores", Runtime.getRuntime().availableProcessors());
                boolean comparable = approved == twoNodesApps && approvedOne == twoNodesApps;
                results.put("twoNodes.ratio", figure(round(ratio), "≥ 1.6 (two nodes vs one, end to end)",
                        comparable && ratio >= 1.6, sizes, comparable
                                ? "applications finished per second on two nodes / on one; the same machine's cores"
                                : "NOT COMPARABLE: not every application of both runs was approved (statuses in sizes)"));
                results.put("twoNodes.jobsRunTwice", figure(twice, "0", twice == 0, Map.of("jobsRun", runsPerJob.size()), null));
                results.put("twoNodes.approved", figure(approved, String.valueOf(twoNodesApps), approved == twoNodesApps,
                        Map.of("statuses", two.statuses), null));
                table.add(new String[] {"twoNodes.ratio", fmt(ratio), "≥ 1.6", String.format(
                        "%d 件同步：单节点 %.1f s（%.3f 件/秒），双节点 %.1f s（%.3f 件/秒）", twoNodesApps, one.seconds,
                        one.perSecond(), two.seconds, two.perSecond())});
                table.add(new String[] {"twoNodes.jobsRunTwice", String.valueOf(twice), "0", String.format(
                        "作业 %,d 个，按节点 %s；通过：双节点 %d/%d 件，单节点 %d/%d 件%s", runsPerJob.size(), byHost, approved,
                        twoNodesApps, approvedOne, twoNodesApps, comparable ? "" : "（不可比）")});
                if (!comparable || twice > 0) {
                    System.out.println("  警告：双节点运行的结果不符（见 results.json twoNodes.*）");
                }
            }
            finishedApplications += 2 * twoNodesApps + (finishedApplications == 0 ? 2 : 1);
        }

        record Node(String name, TestRestTemplate rest, CampaignDriver driver) {
        }

        record Group(List<String> nos, Map<String, String> statuses, double seconds, int rounds, int clockMoves) {
            double perSecond() {
                return nos.size() / seconds;
            }

            Map<String, Object> describe() {
                return Map.of("seconds", round(seconds), "applicationsPerSecond", Math.round(perSecond() * 1000) / 1000.0,
                        "rounds", rounds, "clockMoves", clockMoves);
            }
        }

        /**
         * K applications declared on node A, then worked round by round: in each round every application's next step
         * (a task by its responsible user, the fee, or one committee meeting for all that wait for one) is done at
         * once, one request per application, sent to the nodes in turn; with nothing to do, the job executors get
         * their jobs done, and only then the clock moves once, to the group's next timer.
         */
        Group lockstep(int k, List<Node> nodes, String tag) throws Exception {
            driver.clockTo(STARTS_AT);
            awaitClock(nodes);
            List<String> nos = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                String no = tag + System.nanoTime() % 1_000_000 + "-" + sequence.incrementAndGet();
                declaredStarts.start(new ApplicationProcessStart(no, NOTICE, Level.SENIOR_FULL, "工程系列", "有色金属",
                        "650100001", "sbxj01", ApplicationFacts.none()));
                nos.add(no);
                productNos.add(no);
            }
            Map<String, String> statuses = new ConcurrentHashMap<>();
            AtomicInteger turn = new AtomicInteger();
            ExecutorService people = Executors.newFixedThreadPool(Math.min(k, 32));
            int rounds = 0;
            int moves = 0;
            long at = System.nanoTime();
            long lastProgress = at;
            try {
                while (statuses.size() < k) {
                    if (++rounds > 2_000) {
                        throw new IllegalStateException("lockstep " + tag + " did not end: " + statuses);
                    }
                    List<Callable<Void>> steps = new ArrayList<>();
                    Map<String, List<String>> meetings = new LinkedHashMap<>();
                    List<String> roots = new ArrayList<>();
                    for (String no : nos) {
                        if (statuses.containsKey(no)) {
                            continue;
                        }
                        HistoricProcessInstance root = bot.rootInstance(no);
                        if (root.getEndTime() != null) {
                            Object status = bot.variable(no, "finalStatus");
                            statuses.put(no, String.valueOf(status));
                            continue;
                        }
                        roots.add(root.getId());
                        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(no)
                                .orderByTaskCreateTime().asc().list().stream()
                                .filter(t -> !"committee_meeting_close".equals(t.getTaskDefinitionKey()))
                                .findFirst().orElse(null);
                        if (task != null) {
                            Node node = nodes.get(turn.getAndIncrement() % nodes.size());
                            steps.add(() -> {
                                CampaignRunner.approve(node.driver, bot.responsibleUser(task), no,
                                        task.getTaskDefinitionKey());
                                return null;
                            });
                        } else if (awaiting(no, "CommitteeMeetingOpened")) {
                            String vote = runtime.createExecutionQuery().processInstanceBusinessKey(no)
                                    .messageEventSubscriptionName("CommitteeMeetingOpened").list().get(0).getProcessInstanceId();
                            String group = (String) runtime.getVariable(vote, "committeeGroup");
                            String level = (String) runtime.getVariable(vote, "level");
                            meetings.computeIfAbsent(group + "|" + level, g -> new ArrayList<>()).add(no);
                        } else if (awaiting(no, "PaymentReceived")) {
                            Node node = nodes.get(turn.getAndIncrement() % nodes.size());
                            steps.add(() -> {
                                node.driver.message("PaymentReceived", no);
                                return null;
                            });
                        }
                    }
                    meetings.forEach((key, waiting) -> {
                        Node node = nodes.get(turn.getAndIncrement() % nodes.size());
                        steps.add(() -> {
                            holdMeeting(node, key.split("\\|")[0], key.split("\\|")[1], waiting);
                            return null;
                        });
                    });
                    if (System.nanoTime() - lastProgress > 10e9) {
                        System.out.printf("    %s：第 %d 轮，完成 %d/%d 件，拨钟 %d 次，%.0f 秒%n", tag, rounds, statuses.size(), k,
                                moves, (System.nanoTime() - at) / 1e9);
                        lastProgress = System.nanoTime();
                    }
                    if (!steps.isEmpty()) {
                        for (Future<Void> done : people.invokeAll(steps)) {
                            try {
                                done.get();
                            } catch (java.util.concurrent.ExecutionException e) {
                                throw new IllegalStateException("lockstep " + tag + ": " + e.getCause(), e.getCause());
                            }
                        }
                        continue;
                    }
                    if (roots.isEmpty()) {
                        continue;
                    }
                    // nobody has anything to do: the job executors' jobs first, then the clock
                    if (jobsRan(roots)) {
                        continue;
                    }
                    driver.advance(untilNextTimer(roots));
                    moves++;
                    awaitClock(nodes);
                }
            } finally {
                people.shutdownNow();
            }
            double seconds = (System.nanoTime() - at) / 1e9;
            return new Group(nos, new java.util.TreeMap<>(statuses), seconds, rounds, moves);
        }

        String firstMember(String group) {
            return engine.getIdentityService().createUserQuery().memberOfGroup(group).orderByUserId().asc()
                    .listPage(0, 1).get(0).getId();
        }

        boolean awaiting(String no, String message) {
            return runtime.createExecutionQuery().processInstanceBusinessKey(no).messageEventSubscriptionName(message)
                    .count() > 0;
        }

        /** The committee office holds one meeting today for every application of the group that waits for one. */
        void holdMeeting(Node node, String committeeGroup, String level, List<String> nos) {
            String office = firstMember(committeeGroup);
            String code = committeeGroup.substring("committee".length());
            ResponseEntity<List> pool = EngineRest.get(node.rest, office, DemoUsers.PASSWORD,
                    "/api/committees/" + code + "/experts", List.class);
            if (pool.getStatusCode() != HttpStatus.OK) {
                throw new IllegalStateException("pool of " + code + ": " + pool.getBody());
            }
            @SuppressWarnings("unchecked")
            long active = ((List<Map<String, Object>>) pool.getBody()).stream()
                    .filter(e -> Boolean.TRUE.equals(e.get("active"))).count();
            Map<String, Object> meeting = new LinkedHashMap<>();
            meeting.put("date", BeijingTime.local(ClockUtil.getCurrentTime().toInstant()).toLocalDate().toString());
            meeting.put("place", "评审委员会会议室");
            meeting.put("levels", List.of(level));
            meeting.put("expertCount", active % 2 == 1 ? active : active - 1);
            ResponseEntity<Map> created = EngineRest.post(node.rest, office, DemoUsers.PASSWORD,
                    "/api/committees/" + code + "/meetings", meeting, Map.class);
            if (created.getStatusCode() != HttpStatus.CREATED) {
                throw new IllegalStateException("meeting: " + created.getBody());
            }
            long id = ((Number) created.getBody().get("id")).longValue();
            node.driver.meetingStep(office, id, "applications", Map.of("applicationNos", nos));
            node.driver.meetingStep(office, id, "draw", Map.of());
            node.driver.meetingStep(office, id, "open", Map.of());
        }

        /** Jobs of the group due now: waits for the job executors to run them; false if there were none (or they stay). */
        boolean jobsRan(List<String> roots) throws InterruptedException {
            long limit = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            boolean any = false;
            while (System.nanoTime() < limit) {
                long due = 0;
                for (String root : roots) {
                    due += management.createJobQuery().rootProcessInstanceId(root).executable().count();
                }
                if (due == 0) {
                    return any;
                }
                any = true;
                TimeUnit.MILLISECONDS.sleep(50);
            }
            return false; // still due after 15 s: the clock move runs them
        }

        /** Just past the group's earliest timer; a second if jobs are due now; half a day without either. */
        Duration untilNextTimer(List<String> roots) {
            Date now = ClockUtil.getCurrentTime();
            Date next = null;
            for (String root : roots) {
                if (management.createJobQuery().rootProcessInstanceId(root).executable().count() > 0) {
                    return Duration.ofSeconds(1);
                }
                List<Job> timers = management.createJobQuery().rootProcessInstanceId(root).timers().withRetriesLeft()
                        .duedateHigherThan(now).orderByJobDuedate().asc().listPage(0, 1);
                if (!timers.isEmpty() && (next == null || timers.get(0).getDuedate().before(next))) {
                    next = timers.get(0).getDuedate();
                }
            }
            return next == null ? Duration.ofHours(12)
                    : Duration.between(now.toInstant(), next.toInstant()).plusSeconds(1);
        }

        /** Waits until every other node's engine clock has followed node A's (the clock row of the database). */
        void awaitClock(List<Node> nodes) throws InterruptedException {
            Instant target = ClockUtil.getCurrentTime().toInstant();
            for (Node node : nodes) {
                if (node.rest == rest) {
                    continue;
                }
                long limit = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (true) {
                    Map<?, ?> clock = EngineRest.get(node.rest, "admin", DemoUsers.ADMIN_PASSWORD, "/api/simulation/clock",
                            Map.class).getBody();
                    // the row keeps whole seconds
                    if (clock != null && Math.abs(Duration.between(target, Instant.parse((String) clock.get("now")))
                            .toMillis()) < 1000) {
                        break;
                    }
                    if (System.nanoTime() > limit) {
                        throw new IllegalStateException("node " + node.name + " did not follow the clock to " + target
                                + ": " + clock);
                    }
                    TimeUnit.MILLISECONDS.sleep(20);
                }
            }
        }

        // -------------------------------------------------------------- volume: heap and history clean-up

        /** Id columns of the engine's history rows that a copy gets new values for (engine ids end in a UUID). */
        static final java.util.Set<String> COPIED_IDS = java.util.Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_",
                "EXECUTION_ID_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "CALL_PROC_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_",
                "TASK_ID_", "PARENT_TASK_ID_", "BYTEARRAY_ID_", "VAR_INST_ID_", "JOB_ID_", "JOB_EXCEPTION_STACK_ID_",
                "DEC_INST_ID_", "ROOT_DECISION_INST_ID_", "CAUSE_INCIDENT_ID_", "ROOT_CAUSE_INCIDENT_ID_", "OPERATION_ID_",
                "ERROR_DETAILS_ID_");

        /**
         * N finished applications in the database: the engine's history rows of the applications this run finished
         * (every table keyed by its root process instance, their byte arrays included) copied with new ids inside the
         * database until N are there; the heap after a full GC; then the engine clock past their historyTimeToLive
         * and the engine's history clean-up (removal-time based, the product's settings) run by the job executor.
         */
        void volume() throws Exception {
            DataSource dataSource = context.getBean("dataSource", DataSource.class);
            List<String> templates = new ArrayList<>();
            for (String no : List.copyOf(productNos)) {
                HistoricProcessInstance root = bot.rootInstance(no);
                if (root != null && root.getEndTime() != null) {
                    templates.add(root.getId());
                }
            }
            if (templates.isEmpty()) {
                throw new IllegalStateException("no finished application to copy");
            }
            int copies = Math.max(0, (volume - templates.size() + templates.size() - 1) / templates.size());
            int applications = templates.size() * (copies + 1);
            String in = String.join(",", Collections.nCopies(templates.size(), "?"));
            Map<String, List<String>> tables = new java.util.TreeMap<>();
            long rowsPerCopy = 0;
            long copySeconds;
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                var meta = c.getMetaData();
                try (var rs = meta.getColumns(c.getCatalog(), null, "ACT_%", "%")) {
                    while (rs.next()) {
                        String table = rs.getString("TABLE_NAME").toUpperCase();
                        if (table.startsWith("ACT_HI_") || table.equals("ACT_GE_BYTEARRAY")) {
                            tables.computeIfAbsent(table, t -> new ArrayList<>()).add(rs.getString("COLUMN_NAME").toUpperCase());
                        }
                    }
                }
                tables.values().removeIf(columns -> !columns.contains("ROOT_PROC_INST_ID_"));
                Map<String, Long> perTable = new LinkedHashMap<>();
                for (String table : tables.keySet()) {
                    long rows = count(c, "select count(*) from " + table + " where ROOT_PROC_INST_ID_ in (" + in + ")"
                            + (table.equals("ACT_GE_BYTEARRAY") ? " and REMOVAL_TIME_ is not null" : ""), templates);
                    perTable.put(table, rows);
                    rowsPerCopy += rows;
                }
                System.out.printf("数据量：%d 件完成的申报为样本（每份 %,d 行历史），各复制 %,d 份，共 %,d 件 …%n",
                        templates.size(), rowsPerCopy / templates.size(), copies, applications);
                try (Statement s = c.createStatement()) {
                    s.execute("drop table if exists bench_copy");
                    s.execute("create table bench_copy (n int primary key, tag varchar(8) not null)");
                }
                try (var insert = c.prepareStatement("insert into bench_copy (n, tag) values (?, ?)")) {
                    for (int n = 1; n <= copies; n++) {
                        insert.setInt(1, n);
                        // "z" + base 36: never the end of a hexadecimal UUID, so never an original id
                        String digits = Integer.toString(n, 36);
                        insert.setString(2, "z" + "0".repeat(Math.max(0, 5 - digits.length())) + digits);
                        insert.addBatch();
                        if (n % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                int perStatement = (int) Math.max(1, 100_000 / Math.max(1, rowsPerCopy));
                long at = System.nanoTime();
                long lastProgress = at;
                for (int from = 1; from <= copies; from += perStatement) {
                    int to = Math.min(copies, from + perStatement - 1);
                    for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                        copyRows(c, table.getKey(), table.getValue(), templates, from, to);
                    }
                    if (System.nanoTime() - lastProgress > 10e9) {
                        System.out.printf("  已复制 %,d/%,d 份，%.0f 秒%n", to, copies, (System.nanoTime() - at) / 1e9);
                        lastProgress = System.nanoTime();
                    }
                }
                copySeconds = (System.nanoTime() - at) / 1_000_000_000L;
                try (Statement s = c.createStatement()) {
                    s.execute("drop table bench_copy");
                }
                System.out.printf("  复制完成，用时 %d 秒；每件历史行：%s%n", copySeconds, perTable);
            }
            long totalRows = rowsPerCopy * (copies + 1);
            Map<String, Object> volumeSizes = new LinkedHashMap<>();
            volumeSizes.put("finishedApplications", applications);
            volumeSizes.put("finishedApplicationsRun", templates.size());
            volumeSizes.put("finishedApplicationsCopied", templates.size() * copies);
            volumeSizes.put("historyRowsOfThem", totalRows);
            volumeSizes.put("copySeconds", copySeconds);
            heap(volumeSizes);

            // the engine clock past every removal time, then the engine's history clean-up on the job executor
            Instant due;
            long dueInstances;
            long dueRows;
            try (Connection c = dataSource.getConnection()) {
                java.sql.Timestamp latest = null;
                try (var rs = c.createStatement().executeQuery("select max(REMOVAL_TIME_) from ACT_HI_PROCINST")) {
                    if (rs.next()) {
                        latest = rs.getTimestamp(1);
                    }
                }
                if (latest == null) {
                    throw new IllegalStateException("no historic process instance has a removal time");
                }
                due = latest.toInstant().plus(Duration.ofDays(1));
                ClockUtil.setCurrentTime(Date.from(due));
                dueInstances = dueCount(c, "ACT_HI_PROCINST", due);
                dueRows = dueRows(c, tables.keySet(), due);
            }
            System.out.printf("历史清理：引擎时钟拨至 %s（超过 historyTimeToLive），到期流程实例 %,d 个、历史行 %,d 行 …%n",
                    due, dueInstances, dueRows);
            long at = System.nanoTime();
            // the simulation profile keeps the nightly clean-up off (its clock jumps years, and the scheduled jobs
            // would remove this run's applications before they are copied); here it is started by hand
            ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .setHistoryCleanupEnabled(true);
            Job cleanup = history.cleanUpHistoryAsync(true);
            long limit = System.nanoTime() + cleanupLimit.toNanos();
            long lastProgress = at;
            long leftRows = dueRows;
            long leftInstances = dueInstances;
            boolean stopped = false;
            try (Connection c = dataSource.getConnection()) {
                while (true) {
                    TimeUnit.SECONDS.sleep(2);
                    leftInstances = dueCount(c, "ACT_HI_PROCINST", due);
                    leftRows = dueRows(c, tables.keySet(), due);
                    if (leftRows == 0) {
                        break;
                    }
                    Job job = management.createJobQuery().jobId(cleanup.getId()).singleResult();
                    if (job == null || job.getDuedate() == null || job.getDuedate().toInstant().isAfter(due.plusSeconds(60))
                            || job.isSuspended()) {
                        break; // the clean-up ended its round with rows left
                    }
                    if (System.nanoTime() > limit) {
                        stopped = true;
                        break;
                    }
                    if (System.nanoTime() - lastProgress > 10e9) {
                        System.out.printf("  剩余到期流程实例 %,d、历史行 %,d，%.0f 秒%n", leftInstances, leftRows,
                                (System.nanoTime() - at) / 1e9);
                        lastProgress = System.nanoTime();
                    }
                }
            }
            double seconds = (System.nanoTime() - at) / 1e9;
            double instancesPerSecond = (dueInstances - leftInstances) / seconds;
            double rowsPerSecond = (dueRows - leftRows) / seconds;
            // an application's share: its history rows (the due instances include the benchmark's other processes)
            double rowsPerApplication = (double) rowsPerCopy / templates.size();
            double applicationsPerSecond = rowsPerSecond / rowsPerApplication;
            Map<String, Object> sizes = new LinkedHashMap<>(volumeSizes);
            sizes.put("dueProcessInstances", dueInstances);
            sizes.put("dueHistoryRows", dueRows);
            sizes.put("seconds", round(seconds));
            sizes.put("stoppedAfterLimit", stopped ? cleanupLimit.toString() : false);
            sizes.put("historyRowsRemovedPerSecond", round(rowsPerSecond));
            sizes.put("historyRowsPerApplication", Math.round(rowsPerApplication));
            sizes.put("applicationsRemovedPerSecond", round(applicationsPerSecond));
            sizes.put("settings", "the product's: removal-time-based strategy, batch size 500 rows per table and run, "
                    + "one job (degree of parallelism 1), started by cleanUpHistoryAsync(true)");
            results.put("historyCleanup.removedPerSecond", figure(round(instancesPerSecond), null, null, sizes,
                    "historic process instances removed per second (every due one: the applications' and the benchmark's "
                            + "other processes'); applications per second by their history rows in sizes"));
            results.put("historyCleanup.left", figure(leftInstances, "0", leftInstances == 0 && leftRows == 0, sizes,
                    "process instances still present that were due" + (leftRows > 0 ? "; history rows left: " + leftRows : "")));
            results.put("historyCleanup.seconds", figure(round(seconds), null, null, sizes, null));
            table.add(new String[] {"historyCleanup.removedPerSecond", fmt(instancesPerSecond), "-", String.format(
                    "%,d 件（%,d 个流程实例，%,d 行）：%.0f 秒，%.0f 行/秒，%.2f 件/秒%s", applications, dueInstances, dueRows,
                    seconds, rowsPerSecond, applicationsPerSecond,
                    stopped ? "（到时限停止）" : "")});
            table.add(new String[] {"historyCleanup.left", String.valueOf(leftInstances), "0",
                    String.format("剩余到期历史行 %,d", leftRows)});
        }

        static void copyRows(Connection c, String table, List<String> columns, List<String> templates, int from, int to)
                throws Exception {
            List<String> values = new ArrayList<>();
            for (String column : columns) {
                String t = "t." + column;
                if (COPIED_IDS.contains(column)) {
                    values.add("case when " + t + " is null then null when char_length(" + t + ") >= 12 then concat(left(" + t
                            + ", char_length(" + t + ") - 6), k.tag) else concat(" + t + ", k.tag) end");
                } else if (column.equals("BUSINESS_KEY_")) {
                    values.add("case when " + t + " is null then null else concat(" + t + ", '~', k.tag) end");
                } else {
                    values.add(t);
                }
            }
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                    + " from " + table + " t join bench_copy k on k.n between ? and ? where t.ROOT_PROC_INST_ID_ in ("
                    + String.join(",", Collections.nCopies(templates.size(), "?")) + ")"
                    + (table.equals("ACT_GE_BYTEARRAY") ? " and t.REMOVAL_TIME_ is not null" : "");
            try (var insert = c.prepareStatement(sql)) {
                insert.setInt(1, from);
                insert.setInt(2, to);
                for (int i = 0; i < templates.size(); i++) {
                    insert.setString(3 + i, templates.get(i));
                }
                insert.executeUpdate();
            }
        }

        static long count(Connection c, String sql, List<String> parameters) throws Exception {
            try (var query = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    query.setString(1 + i, parameters.get(i));
                }
                try (var rs = query.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        static long dueCount(Connection c, String table, Instant due) throws Exception {
            try (var query = c.prepareStatement("select count(*) from " + table + " where REMOVAL_TIME_ <= ?")) {
                query.setTimestamp(1, java.sql.Timestamp.from(due));
                try (var rs = query.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        static long dueRows(Connection c, java.util.Set<String> tables, Instant due) throws Exception {
            long rows = 0;
            for (String table : tables) {
                rows += dueCount(c, table, due);
            }
            return rows;
        }

        // -------------------------------------------------------------- the heap

        void heap(Map<String, Object> volumeSizes) throws InterruptedException {
            for (int i = 0; i < 3; i++) {
                System.gc();
                TimeUnit.MILLISECONDS.sleep(200);
            }
            Runtime rt = Runtime.getRuntime();
            long used = (rt.totalMemory() - rt.freeMemory()) / 1048576;
            long historic = history.createHistoricProcessInstanceQuery().finished().count();
            Map<String, Object> sizes = new LinkedHashMap<>();
            sizes.put("finishedEndToEndApplications", finishedApplications);
            sizes.put("finishedProcessInstances", historic);
            sizes.put("openTasks", engine.getTaskService().createTaskQuery().count());
            sizes.putAll(volumeSizes);
            results.put("heapMb", figure(used, "≤ 512 (after 100 000 finished applications)", used <= 512, sizes,
                    "heap used after a full GC, the whole product in this JVM"));
            Object applications = volumeSizes.getOrDefault("finishedApplications", finishedApplications);
            table.add(new String[] {"heapMb", String.valueOf(used), "≤ 512", String.format(
                    "完成的申报 %,d 件，完成的流程实例 %,d", applications, historic)});
        }

        // -------------------------------------------------------------- helpers

        HttpResponse<String> post(String user, String password, String path, String body) throws Exception {
            return post(user, password, path, body, Duration.ofMinutes(2));
        }

        HttpResponse<String> post(String user, String password, String path, String body, Duration timeout) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .timeout(timeout)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    // ------------------------------------------------------------------ a second node

    /**
     * A second product process on the benchmark's database, from the same classes: in this JVM a second product would
     * share the engine's JVM-wide registry (engine REST finds its engine there by name) and Quartz's, so it would not
     * be a node of its own. Its engine clock follows the clock row of the database.
     */
    static final class NodeProcess implements AutoCloseable {
        final Process process;
        final int port;
        final Path log;

        NodeProcess(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static NodeProcess start(String name) throws Exception {
            int port;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Map<String, Object> properties = new LinkedHashMap<>(nodeProperties);
            properties.put("server.port", String.valueOf(port));
            properties.put("titlereview.simulation.follow-interval", "PT0.1S");
            properties.put("camunda.bpm.generic-properties.properties.hostname", "node-" + name);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + env("BENCH_XMX", "1g"), "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                    "-cp", System.getProperty("java.class.path"), TitleReviewApplication.class.getName(),
                    "--spring.profiles.active=" + String.join(",", nodeProfiles)));
            properties.forEach((key, value) -> command.add("--" + key + "=" + value));
            Path log = Path.of("target", "bench", "node-" + name + ".log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            NodeProcess node = new NodeProcess(process, port, log);
            TestRestTemplate rest = node.rest();
            long limit = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("node " + name + " stopped during start-up, see " + log);
                }
                try {
                    if (rest.getForEntity("/actuator/health", String.class).getStatusCode().is2xxSuccessful()) {
                        return node;
                    }
                } catch (RuntimeException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() > limit) {
                    node.close();
                    throw new IllegalStateException("node " + name + " did not start within 5 minutes, see " + log);
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }

        TestRestTemplate rest() {
            return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
            }
        }
    }

    // ------------------------------------------------------------------ counting SQL

    /** Statements, rows written and commits of the product's data source (without Quartz and job acquisition polling). */
    static final class Counts {
        static final AtomicLong STATEMENTS = new AtomicLong();
        static final AtomicLong ROWS = new AtomicLong();
        static final AtomicLong COMMITS = new AtomicLong();
        static final AtomicLong BACKGROUND = new AtomicLong();
        static final Map<String, AtomicLong> BY_KIND = new ConcurrentHashMap<>();
        static final java.util.regex.Pattern ENGINE_TABLE = java.util.regex.Pattern.compile("(?i)\\b(ACT_\\w+|QRTZ_\\w+)");
        static final java.util.regex.Pattern OTHER_TABLE = java.util.regex.Pattern.compile("(?i)\\b(?:into|from|update)\\s+`?(\\w+)");

        /** "INSERT ACT_HI_ACTINST", "SELECT ACT_RU_TASK": the verb and the first table. */
        static String kind(String sql) {
            if (sql == null) {
                return "?";
            }
            String s = sql.length() > 400 ? sql.substring(0, 400) : sql;
            String verb = s.trim().split("\\s+", 2)[0].toUpperCase();
            java.util.regex.Matcher m = ENGINE_TABLE.matcher(s);
            if (m.find()) {
                return verb + " " + m.group(1).toUpperCase();
            }
            java.util.regex.Matcher t = OTHER_TABLE.matcher(s);
            return verb + " " + (t.find() ? t.group(1).toLowerCase() : "?");
        }

        static Map<String, Long> kinds() {
            Map<String, Long> copy = new HashMap<>();
            BY_KIND.forEach((k, v) -> copy.put(k, v.get()));
            return copy;
        }

        static Map<String, Long> top(Map<String, Long> before, Map<String, Long> after, int n, int per) {
            Map<String, Long> top = new LinkedHashMap<>();
            after.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() > 0).sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(n)
                    .forEach(e -> top.put(e.getKey(), e.getValue() / per));
            return top;
        }
        final long statements;
        final long rows;
        final long commits;

        Counts(long statements, long rows, long commits) {
            this.statements = statements;
            this.rows = rows;
            this.commits = commits;
        }

        static Counts now() {
            return new Counts(STATEMENTS.get(), ROWS.get(), COMMITS.get());
        }

        Counts minus(Counts other) {
            return new Counts(statements - other.statements, rows - other.rows, commits - other.commits);
        }

        /** The job executor's acquisition and Quartz's cluster check-in poll all the time: not an application's cost. */
        static boolean background(String sql) {
            if (sql == null) {
                return false;
            }
            String s = sql.toUpperCase();
            return s.contains("QRTZ_") || (s.contains("ACT_RU_JOB") && s.contains("LOCK_EXP_TIME_") && s.trim().startsWith("SELECT"));
        }

        static void executed(String sql, long rows) {
            if (background(sql)) {
                BACKGROUND.incrementAndGet();
                return;
            }
            STATEMENTS.incrementAndGet();
            BY_KIND.computeIfAbsent(kind(sql), k -> new AtomicLong()).incrementAndGet();
            if (rows > 0) {
                ROWS.addAndGet(rows);
            }
        }
    }

    static final class CountingDataSources implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof DataSource dataSource && "dataSource".equals(name)) {
                return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                        (proxy, method, args) -> {
                            Object result = invoke(dataSource, method, args);
                            return result instanceof Connection c ? connection(c) : result;
                        });
            }
            return bean;
        }

        static Connection connection(Connection target) {
            InvocationHandler handler = (proxy, method, args) -> {
                Object result = invoke(target, method, args);
                switch (method.getName()) {
                    case "commit" -> Counts.COMMITS.incrementAndGet();
                    case "prepareStatement", "prepareCall" -> {
                        return statement((Statement) result, (String) args[0]);
                    }
                    case "createStatement" -> {
                        return statement((Statement) result, null);
                    }
                    default -> {
                    }
                }
                return result;
            };
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    handler);
        }

        static Statement statement(Statement target, String preparedSql) {
            Class<?> type = target instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                    : target instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
            List<String> batch = new ArrayList<>();
            InvocationHandler handler = (proxy, method, args) -> {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                switch (method.getName()) {
                    case "addBatch" -> batch.add(sql);
                    default -> {
                    }
                }
                Object result = invoke(target, method, args);
                switch (method.getName()) {
                    case "execute" -> Counts.executed(sql, Boolean.FALSE.equals(result) ? Math.max(0, target.getUpdateCount()) : 0);
                    case "executeQuery" -> Counts.executed(sql, 0);
                    case "executeUpdate", "executeLargeUpdate" -> Counts.executed(sql, ((Number) result).longValue());
                    case "executeBatch" -> {
                        int[] counts = (int[]) result;
                        for (int i = 0; i < counts.length; i++) {
                            Counts.executed(i < batch.size() ? batch.get(i) : preparedSql, Math.max(0, counts[i]));
                        }
                        batch.clear();
                    }
                    default -> {
                    }
                }
                return result;
            };
            return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type}, handler);
        }

        static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    // ------------------------------------------------------------------ small things

    record Measured(double seconds, long statements, long rows, long commits) {
    }

    static final class Sample {
        double seconds;
        long statements;
        long rows;
        long commits;
        Measured last;

        void add(Measured m) {
            seconds += m.seconds;
            statements += m.statements;
            rows += m.rows;
            commits += m.commits;
            last = m;
        }
    }

    static Measured measure(Runnable run) {
        Counts before = Counts.now();
        long at = System.nanoTime();
        run.run();
        double seconds = (System.nanoTime() - at) / 1e9;
        Counts used = Counts.now().minus(before);
        return new Measured(seconds, used.statements, used.rows, used.commits);
    }

    interface Indexed {
        void run(int i) throws Exception;
    }

    static void parallel(int threads, int count, Indexed work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit((Callable<Void>) () -> {
                for (int i; (i = next.getAndIncrement()) < count; ) {
                    work.run(i);
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static Map<String, Object> figure(Object value, String target, Boolean holds, Map<String, ?> sizes, String note) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("value", value);
        if (target != null) {
            figure.put("target", target);
            figure.put("holds", holds);
        }
        figure.put("sizes", sizes);
        if (note != null) {
            figure.put("note", note);
        }
        return figure;
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static String fmt(double value) {
        return String.format("%.2f", value);
    }

    static void printTable() {
        System.out.println();
        System.out.printf("%-32s %10s %8s  %s%n", "figure", "value", "target", "detail");
        for (String[] row : table) {
            System.out.printf("%-32s %10s %8s  %s%n", row[0], row[1], row[2], row[3]);
        }
        System.out.println("(" + results.get("database") + "; " + results.get("mode") + ")");
    }

    static String databaseVersion(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            var rs = c.createStatement().executeQuery("select version()");
            rs.next();
            return rs.getString(1);
        } catch (Exception e) {
            return "?";
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
