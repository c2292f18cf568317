package cn.xj.titlereview.document.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.application.ApplicationTestSupport;
import cn.xj.titlereview.document.DocumentDownloads;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.OrganisationsFile;
import cn.xj.titlereview.support.CampaignRunner;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * The Excel lists of the 2024 senior notice: who exports what, the sheet as Excel shows it, the
 * current step and the vote counts from a campaign run to its end, and the count per stage.
 */
@H2IntegrationTest
class NoticeExportsH2Test {

    static final String NOTICE = "notice-2024-xj-senior-five-series";
    static final String XJ_UNIT = "650100001";
    static final String AKESU_UNIT = "652900001";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganisationDirectory organisations;

    DocumentDownloads downloads;
    String prefix;

    @BeforeEach
    void setUp() {
        downloads = new DocumentDownloads(rest);
        prefix = "EX" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void eachRoleExportsItsShareOfTheNoticeOnly() throws IOException {
        List<String> xj = List.of(insert(XJ_UNIT, "SUBMITTED", NOTICE), insert(XJ_UNIT, "APPROVED", NOTICE),
                insert(XJ_UNIT, "RETURNED", NOTICE));
        List<String> akesu = List.of(insert(AKESU_UNIT, "SUBMITTED", NOTICE), insert(AKESU_UNIT, "REJECTED", NOTICE));
        String draft = insert(XJ_UNIT, "DRAFT", NOTICE);
        String otherNotice = insert(XJ_UNIT, "SUBMITTED", "notice-2024-akesu-coal");
        String delegated = insert(XJ_UNIT, "SUBMITTED", NOTICE);
        jdbc.update("update application set delegated_evaluation = true, delegated_to_committee = '650201'"
                + " where application_no = ?", delegated);
        List<String> wholeNotice = new ArrayList<>(xj);
        wholeNotice.addAll(akesu);

        assertExports("dwxj01", plus(xj, delegated));
        assertExports("zgxj01", plus(xj, delegated));
        assertExports("dwaks01", akesu);
        assertExports("zgaks01", akesu);
        assertExports("pwxj01", wholeNotice);
        assertExports("pwys01", List.of(delegated));
        assertExports("hrbxj01", plus(wholeNotice, delegated));
        assertExports("jdxj01", plus(wholeNotice, delegated));
        assertExports("admin", plus(wholeNotice, delegated));
        for (String user : List.of("jdxj01", "dwxj01", "pwxj01")) {
            assertThat(myNumbers(user, "applications")).doesNotContain(draft, otherNotice);
        }

        for (String refused : List.of("hrbaks01", "sbxj01", "zjxj01")) {
            for (String kind : List.of("applications", "recommendations", "results", "statistics")) {
                ResponseEntity<byte[]> response = downloads.get(refused, path(NOTICE, kind));
                assertThat(response.getStatusCode()).as(refused + " " + kind).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(downloads.error(response).path("errors").isArray()).isTrue();
            }
        }
        assertThat(downloads.error(downloads.get("zjxj01", path(NOTICE, "results"))).path("message").asText())
                .isEqualTo("评审专家不能导出名单（盲评）");
        assertThat(downloads.get("jdxj01", path("notice-2099-none", "applications")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(downloads.get("jdxj01", path(NOTICE, "everything")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theApplicationsListHasChineseHeadersAFrozenFilteredHeaderRowAndRealDates() throws IOException {
        String no = insert(AKESU_UNIT, "SUBMITTED", NOTICE);
        Instant created = jdbc.queryForObject("select created_at from application where application_no = ?",
                LocalDateTime.class, no).toInstant(ZoneOffset.UTC);

        try (Xlsx xlsx = export("jdxj01", "applications")) {
            assertThat(xlsx.headers()).containsExactly("序号", "用人单位", "申报编号", "姓名", "系列", "专业", "申报级别",
                    "状态", "当前环节", "提交次数", "创建时间", "最近提交时间", "最后更新时间");
            assertThat(xlsx.sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(xlsx.sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(xlsx.sheet.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:M" + (xlsx.sheet.getLastRowNum() + 1));
            long expected = jdbc.queryForObject("select count(*) from application where notice_id = ?"
                    + " and status <> 'DRAFT'", Long.class, NOTICE);
            assertThat(xlsx.sheet.getLastRowNum()).isEqualTo((int) expected);

            Row row = xlsx.rowWhere(2, no);
            assertThat(xlsx.texts(row).subList(1, 10)).containsExactly("阿克苏库车示范煤矿有限公司", no, "测试" + no.substring(8),
                    "工程系列", "煤炭", "副高级", "审核中", "审核中", "1");
            Cell createdAt = row.getCell(10);
            assertThat(createdAt.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(createdAt)).isTrue();
            assertThat(createdAt.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(createdAt.getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.ofInstant(created, ZoneId.of("Asia/Shanghai")));

            // per unit: each unit's rows together
            List<String> units = xlsx.rows().stream().map(r -> r.get(1)).toList();
            assertThat(units.stream().distinct().count()).isEqualTo(collapse(units).size());
        }
    }

    @Test
    void aCampaignRunToItsEndShowsItsStepsRecommendationAndVoteCountsButNoVoter() throws IOException {
        ApplicationTestSupport applications = new ApplicationTestSupport(rest, repositoryService);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        String waiting = applications.submittedSeniorApplication(json);
        String decided = applications.submittedSeniorApplication(json);
        CampaignRunner runner = new CampaignRunner(rest, engine);
        assertThat(runner.runToEnd(decided)).isEqualTo("APPROVED");
        String unitTask = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(waiting).singleResult()
                .getName();

        try (Xlsx list = export("pwxj01", "applications")) {
            assertThat(list.texts(list.rowWhere(2, waiting)).subList(7, 9)).containsExactly("审核中", unitTask);
            assertThat(list.texts(list.rowWhere(2, decided)).subList(7, 9)).containsExactly("评审通过", "已结束");
        }
        try (Xlsx roster = export("zgxj01", "recommendations")) {
            assertThat(roster.headers()).containsExactly("序号", "主管单位", "用人单位", "申报编号", "姓名", "系列", "专业",
                    "申报级别", "推荐意见", "意见说明", "推荐时间", "当前状态");
            Row row = roster.rowWhere(3, decided);
            assertThat(roster.texts(row).subList(1, 9)).containsExactly("自治区有色金属行业主管部门",
                    "新疆天山有色金属设计研究院", decided, "张伟", "工程系列", "有色金属", "正高级", "同意推荐");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(10))).isTrue();
            assertThat(roster.rowWhere(3, waiting)).as("not yet recommended").isNull();
        }
        try (Xlsx results = export("pwxj01", "results")) {
            assertThat(results.headers()).containsExactly("序号", "用人单位", "申报编号", "姓名", "系列", "专业", "申报级别",
                    "出席评委（投票数）", "赞成票", "反对票", "弃权票", "表决结果", "表决时间", "当前状态");
            Row row = results.rowWhere(2, decided);
            assertThat(results.texts(row).subList(7, 12)).containsExactly("5", "5", "0", "0", "通过");
            assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(12))).isTrue();
            assertThat(results.rowWhere(2, waiting)).as("no vote yet").isNull();
            String everything = results.rows().stream().flatMap(List::stream).collect(Collectors.joining("|"));
            String committee = organisations.committeesOf(NOTICE).get(0).code();
            OrganisationsFile.read(new DefaultResourceLoader(), OrganisationsFile.DEMO).committees().stream()
                    .filter(c -> c.code().equals(committee)).flatMap(c -> c.experts().stream()).forEach(expert ->
                    assertThat(everything).doesNotContain(expert.id()).doesNotContain(expert.lastName() + expert.firstName()));
        }
        try (Xlsx statistics = export("hrbxj01", "statistics")) {
            assertThat(statistics.headers()).containsExactly("序号", "环节或结果", "类别", "申报数", "占比");
            List<List<String>> rows = statistics.rows();
            List<String> total = rows.get(rows.size() - 1);
            long all = jdbc.queryForObject("select count(*) from application where notice_id = ? and status <> 'DRAFT'",
                    Long.class, NOTICE);
            assertThat(total.subList(1, 4)).containsExactly("合计", "", String.valueOf(all));
            assertThat(rows.subList(0, rows.size() - 1).stream().mapToLong(r -> Long.parseLong(r.get(3))).sum())
                    .isEqualTo(all);
            assertThat(rows).anySatisfy(r -> assertThat(r.subList(1, 3)).containsExactly(unitTask, "进行中"));
            assertThat(rows).anySatisfy(r -> assertThat(r.subList(1, 3)).containsExactly("评审通过", "已结束"));
            assertThat(statistics.sheet.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    // ---------------------------------------------------------------- helpers

    private void assertExports(String user, List<String> expected) throws IOException {
        assertThat(myNumbers(user, "applications")).as(user).containsExactlyInAnyOrderElementsOf(expected);
    }

    private List<String> myNumbers(String user, String kind) throws IOException {
        try (Xlsx xlsx = export(user, kind)) {
            return xlsx.rows().stream().map(r -> r.get(2)).filter(no -> no.startsWith(prefix)).toList();
        }
    }

    private Xlsx export(String user, String kind) {
        ResponseEntity<byte[]> response = downloads.get(user, path(NOTICE, kind));
        assertThat(response.getStatusCode()).as(user + " " + kind).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        keep(kind, response.getBody());
        return new Xlsx(response.getBody());
    }

    private static void keep(String kind, byte[] content) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "documents");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(kind + ".xlsx"), content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String path(String notice, String kind) {
        return "/api/notices/" + notice + "/exports/" + kind + ".xlsx";
    }

    private static List<String> plus(List<String> list, String one) {
        List<String> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }

    /** Runs of equal neighbours collapsed: a unit appearing twice apart would show up twice. */
    private static List<String> collapse(List<String> values) {
        List<String> runs = new ArrayList<>();
        for (String value : values) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(value)) {
                runs.add(value);
            }
        }
        return runs;
    }

    private int sequence;

    /** An application row as the product stores it (no process: a list reads the table). */
    private String insert(String unit, String status, String notice) {
        String no = prefix + String.format("%04d", ++sequence);
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2024, 9, 3, 1, 30).plusMinutes(sequence));
        jdbc.update("insert into application (application_no, lock_version, applicant_user_id, status, submission_count,"
                        + " notice_id, series, specialty, level_code, person_name, employer_unit_code, created_at,"
                        + " updated_at, submitted_at) values (?, 0, 'sbxj01', ?, ?, ?, '工程系列', '煤炭', 'SENIOR_DEPUTY', ?, ?,"
                        + " ?, ?, ?)",
                no, status, "DRAFT".equals(status) ? 0 : 1, notice, "测试" + no.substring(8), unit, now, now,
                "DRAFT".equals(status) ? null : now);
        return no;
    }
}
