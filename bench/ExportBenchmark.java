
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import cn.xj.titlereview.TitleReviewApplication;

/**
 * Times the Excel export of a notice with many applications and measures the heap it takes: starts
 * the product (H2 in memory, or a MySQL-family database of its own that is dropped at the end),
 * writes the application rows straight into its table, and downloads
 * /api/notices/notice-2024-xj-senior-five-series/exports/applications.xlsx as the supervisor.
 * Run by bench/export-xlsx.
 */
public class ExportBenchmark {

    static final String NOTICE = "notice-2024-xj-senior-five-series";
    static final String[] UNITS = {"650100001", "652900001", "650500001", "652827001"};
    static final String[] STATUSES = {"SUBMITTED", "SUBMITTED", "RETURNED", "APPROVED", "REJECTED", "WITHDRAWN"};
    static final String[] LEVELS = {"SENIOR_FULL", "SENIOR_DEPUTY", "INTERMEDIATE"};

    public static void main(String[] args) throws Exception {
        int rows = 100_000;
        boolean mysql = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mysql" -> mysql = true;
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String host = env("BENCH_MYSQL_HOST", "127.0.0.1");
        String port = env("BENCH_MYSQL_PORT", "3306");
        String user = env("BENCH_MYSQL_USER", "root");
        String password = env("BENCH_MYSQL_PASSWORD", "");
        String database = "titlereview_bench_" + System.currentTimeMillis();
        String serverUrl = "jdbc:mysql://" + host + ":" + port + "/?sendFractionalSeconds=false";

        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("titlereview.demo-data.enabled", "true");
        properties.put("camunda.bpm.job-execution.enabled", "false");
        properties.put("spring.quartz.auto-startup", "false");
        properties.put("titlereview.schedule.register-on-startup", "false");
        properties.put("titlereview.attachments.dir", "target/bench-attachments");
        properties.put("logging.level.root", "WARN");
        properties.put("titlereview.crypto.id-number-key",
                Base64.getEncoder().encodeToString("bench-only-key-protects-nothing!".getBytes(StandardCharsets.UTF_8)));
        String[] profiles = {};
        if (mysql) {
            try (Connection c = DriverManager.getConnection(serverUrl, user, password)) {
                c.createStatement().execute("create database " + database
                        + " character set utf8mb4 collate utf8mb4_unicode_ci");
            }
            profiles = new String[] {"mysql"};
            properties.put("spring.datasource.url", "jdbc:mysql://" + host + ":" + port + "/" + database
                    + "?useUnicode=true&characterEncoding=utf8&sendFractionalSeconds=false"
                    + "&nullDatabaseMeansCurrent=true&serverTimezone=UTC&rewriteBatchedStatements=true");
            properties.put("spring.datasource.username", user);
            properties.put("spring.datasource.password", password);
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }

        ConfigurableApplicationContext context = null;
        try {
            long startAt = System.nanoTime();
            // as command-line arguments: they win over config/application*.yml (default properties would not)
            String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
            context = new SpringApplicationBuilder(TitleReviewApplication.class).profiles(profiles).run(arguments);
            System.out.printf("产品已启动（%s），用时 %.1f 秒%n", mysql ? "MySQL/MariaDB：" + database : "H2 内存库",
                    (System.nanoTime() - startAt) / 1e9);
            int webPort = ((WebServerApplicationContext) context).getWebServer().getPort();

            long insertAt = System.nanoTime();
            insert(context.getBean(JdbcTemplate.class), rows);
            System.out.printf("已写入 %,d 条申报，用时 %.1f 秒%n", rows, (System.nanoTime() - insertAt) / 1e9);

            Path file = Path.of("target", "bench-applications.xlsx");
            Files.createDirectories(file.getParent());
            for (int run = 1; run <= 2; run++) {
                measure(run, webPort, file);
            }
            System.out.printf("工作簿中的数据行：%,d（另有表头 1 行）%n", countRows(file) - 1);
        } finally {
            if (context != null) {
                context.close();
            }
            if (mysql) {
                try (Connection c = DriverManager.getConnection(serverUrl, user, password)) {
                    c.createStatement().execute("drop database if exists " + database);
                }
                System.out.println("已删除数据库 " + database);
            }
        }
    }

    static void measure(int run, int port, Path file) throws Exception {
        var memory = ManagementFactory.getMemoryMXBean();
        List<MemoryPoolMXBean> heapPools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool);
            }
        }
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampledPeak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/notices/" + NOTICE + "/exports/applications.xlsx"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("jdxj01:Demo@2024!".getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        long started = System.nanoTime();
        HttpResponse<Path> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofFile(file));
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        sampler.join();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("导出失败：HTTP " + response.statusCode() + " " + Files.readString(file));
        }
        long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("第 %d 次导出：%.1f 秒，文件 %.1f MB；堆：导出前 %d MB，导出中峰值（每 2 毫秒采样）%d MB，"
                        + "各堆内存池峰值之和 %d MB，上限 -Xmx %d MB%n",
                run, seconds, Files.size(file) / 1048576.0, mb(baseline), mb(sampledPeak.get()), mb(poolPeaks),
                mb(Runtime.getRuntime().maxMemory()));
    }

    static void insert(JdbcTemplate jdbc, int rows) {
        String sql = "insert into application (application_no, lock_version, applicant_user_id, status, submission_count,"
                + " notice_id, series, specialty, level_code, person_name, employer_unit_code, created_at, updated_at,"
                + " submitted_at) values (?, 0, ?, ?, 1, ?, '工程系列', '有色金属', ?, ?, ?, ?, ?, ?)";
        LocalDateTime start = LocalDateTime.of(2024, 8, 23, 2, 0);
        List<Object[]> batch = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            Timestamp at = Timestamp.valueOf(start.plusSeconds(i * 37L));
            batch.add(new Object[] {String.format("BM2024-%06d", i), "bench" + i, STATUSES[i % STATUSES.length], NOTICE,
                    LEVELS[i % LEVELS.length], "申报人" + i, UNITS[i % UNITS.length], at, at, at});
            if (batch.size() == 1000) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
        }
    }

    /** Rows of the first sheet, read with POI's streaming (SAX) reader. */
    static long countRows(Path file) throws Exception {
        AtomicLong rows = new AtomicLong();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            try (var sheet = reader.getSheetsData().next()) {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.newSAXParser().parse(sheet, new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes attributes) {
                        if ("row".equals(localName)) {
                            rows.incrementAndGet();
                        }
                    }
                });
            }
        }
        return rows.get();
    }

    static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
