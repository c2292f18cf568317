package cn.xj.titlereview.directory;

import static cn.xj.titlereview.directory.DirectoryApi.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.process.CommitteeVoteProcess;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * The directory API on H2: a prefecture's HR bureau keeps its own region's part (units, competent departments,
 * bureaus and committees below it), the autonomous region's bureau all of it; supervisors read; everyone else
 * 403; every problem named by field and rule in Chinese with nothing written; the import all or nothing.
 */
@H2IntegrationTest
class DirectoryApiH2Test {

    static final String AKESU = "hrbaks01";       // hrb652900
    static final String HAMI = "hrbhm01";         // hrb650500
    static final String REGION = "hrbxj01";       // hrb650000
    static final String AKESU_NOTICE = "notice-2024-akesu-coal";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganisationDirectory organisations;
    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    IdentityService identityService;

    DirectoryApi api;

    @BeforeEach
    void setUp() {
        api = new DirectoryApi(rest);
    }

    /** A fictitious credit code with its GB 32100 check character. */
    static String credit(String first17) {
        return first17 + CreditCodes.checkCharacter(first17);
    }

    /** The same code with a check character that is not its own. */
    static String wrongCredit(String first17) {
        return first17 + (CreditCodes.checkCharacter(first17) == '0' ? '1' : '0');
    }

    static Map<String, Object> unit(String code, String name, String creditCode, String region, String competent) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", code);
        unit.put("name", name);
        unit.put("creditCode", creditCode);
        unit.put("ownership", "PRIVATE");
        unit.put("level", "COUNTY");
        unit.put("regionCode", region);
        unit.put("competentCode", competent);
        return unit;
    }

    String token() {
        return jdbc.queryForObject("select token from directory_version where id = 1", String.class);
    }

    int units(String likeCode) {
        return jdbc.queryForObject("select count(*) from employer_unit where code like ?", Integer.class, likeCode);
    }

    String unitName(String code) {
        return jdbc.queryForObject("select name from employer_unit where code = ?", String.class, code);
    }

    List<String> audit(String actor, String detailLike) {
        return jdbc.queryForList("select detail from audit_event where action = 'CHANGE_DIRECTORY' and actor = ? "
                + "and detail like ? order by id", String.class, actor, detailLike);
    }

    @Test
    void aPrefecturesBureauAddsAUnitOfItsRegionThatIsRoutedAtOnce() {
        String creditCode = credit("91652902MA7XK0101");
        ResponseEntity<JsonNode> created = api.post(AKESU, "/api/directory/units",
                unit("652902101", "库车市示范矿业有限公司", creditCode, "652902", "652901"));

        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("regionName").asText()).isEqualTo("库车市");
        assertThat(created.getBody().path("competentName").asText()).isEqualTo("阿克苏地区能源主管部门");
        assertThat(created.getBody().path("ownershipLabel").asText()).isEqualTo("民营企业");
        assertThat(created.getBody().path("editable").asBoolean()).isTrue();
        // the applicants' list and the routing read it at once
        assertThat(api.get("sbaks01", "/api/units").getBody().findValuesAsText("code")).contains("652902101");
        Map<String, Object> variables = campaigns.variables(new ApplicationProcessStart("T-DIR-1", AKESU_NOTICE,
                Level.INTERMEDIATE, "工程系列", "煤炭", "652902101", "sbaks01", null));
        assertThat(variables).containsEntry(CampaignVariables.UNIT_GROUP.name(), "unit652902101")
                .containsEntry(CampaignVariables.COMPETENT_GROUP.name(), "competent652901")
                .containsEntry(CampaignVariables.HRB_GROUP.name(), "hrb652900")
                .containsEntry(CampaignVariables.COMMITTEE_GROUP.name(), "committee652901")
                .containsEntry(CommitteeVoteProcess.EXPERT_USER_IDS.name(), "zjaks01,zjaks02,zjaks03,zjaks04,zjaks05");
        Group group = identityService.createGroupQuery().groupId("unit652902101").singleResult();
        assertThat(group.getName()).isEqualTo("库车市示范矿业有限公司");
        assertThat(group.getType()).isEqualTo("EMPLOYER_UNIT");
        assertThat(audit(AKESU, "%652902101%")).singleElement().asString()
                .startsWith("新增用人单位 652902101 库车市示范矿业有限公司（统一社会信用代码 " + creditCode);

        // the autonomous region's bureau may change it; Hami's may not
        ResponseEntity<JsonNode> renamed = api.put(REGION, "/api/directory/units/652902101",
                unit(null, "库车市示范矿业股份有限公司", creditCode, "652902", "652901"));
        assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(organisations.employerUnit("652902101").orElseThrow().name()).isEqualTo("库车市示范矿业股份有限公司");
        assertThat(identityService.createGroupQuery().groupId("unit652902101").singleResult().getName())
                .isEqualTo("库车市示范矿业股份有限公司");
        assertThat(audit(REGION, "修改用人单位 652902101%")).hasSize(1);

        ResponseEntity<JsonNode> hami = api.put(HAMI, "/api/directory/units/652902101",
                unit(null, "改名", creditCode, "652902", "652901"));
        assertThat(hami.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(hami.getBody().path("message").asText())
                .isEqualTo("人社部门只能维护本地区（哈密市（650500））的组织机构；用人单位 652902101属于库车市（652902）");
        assertThat(unitName("652902101")).isEqualTo("库车市示范矿业股份有限公司");

        // Akesu's bureau may neither change a Hami unit nor move its own unit to Hami
        ResponseEntity<JsonNode> other = api.put(AKESU, "/api/directory/units/650500001",
                unit(null, "改名", "1265050045810002X7", "650500", "650501"));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unitName("650500001")).isEqualTo("哈密市农业技术推广中心");
        ResponseEntity<JsonNode> moved = api.put(AKESU, "/api/directory/units/652902101",
                unit(null, "库车市示范矿业股份有限公司", creditCode, "650500", "650501"));
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(organisations.employerUnit("652902101").orElseThrow().regionCode()).isEqualTo("652902");
    }

    @Test
    void everyProblemIsNamedByFieldAndRuleInChineseAndNothingIsWritten() {
        String before = token();
        Map<String, Object> wrong = unit("65-29", "和静县示范单位", wrongCredit("91652827MA7XK0201"), "659999", "659998");
        wrong.put("ownership", "国企");
        ResponseEntity<JsonNode> refused = api.post(AKESU, "/api/directory/units", wrong);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("用人单位信息有误");
        assertThat(problems(refused)).containsExactly("code:格式", "creditCode:校验码", "ownership:取值",
                "regionCode:未登记", "competentCode:未登记");
        assertThat(refused.getBody().findValuesAsText("message")).contains(
                "单位代码只能由字母和数字组成，最多20位",
                "统一社会信用代码校验码（第18位）不正确，请核对",
                "单位性质“国企”不是可选的值，应为 机关、事业单位、国有企业、民营企业、自由职业、其他 之一",
                "行政区划代码 659999 不在行政区划目录中",
                "主管部门 659998 不在组织机构目录中，请先登记主管部门");

        // a code and a credit code already registered
        ResponseEntity<JsonNode> duplicate = api.post(REGION, "/api/directory/units",
                unit("650500001", "重复的单位", "1265050045810002x7", "650500", "650501"));
        assertThat(problems(duplicate)).containsExactly("code:重复", "creditCode:重复");
        assertThat(duplicate.getBody().findValuesAsText("message")).contains("单位代码 650500001 已登记，不能重复添加",
                "统一社会信用代码 1265050045810002X7 已登记为单位 650500001（哈密市农业技术推广中心）");

        ResponseEntity<JsonNode> empty = api.post(AKESU, "/api/directory/units", Map.of());
        assertThat(problems(empty)).containsExactly("code:必填", "name:必填", "creditCode:必填", "ownership:必填",
                "level:必填", "regionCode:必填", "competentCode:必填");
        ResponseEntity<JsonNode> shortCode = api.post(AKESU, "/api/directory/units",
                unit("652902102", "单位", "91652902MA7XK010", "652902", "652901"));
        assertThat(problems(shortCode)).containsExactly("creditCode:长度");

        assertThat(token()).as("no change: every node keeps its copy").isEqualTo(before);
        assertThat(units("65-29%") + units("652902102")).isZero();

        // lower case is read as upper case
        ResponseEntity<JsonNode> lower = api.post(AKESU, "/api/directory/units",
                unit("652902103", "库车市示范小学", credit("12652902MA7XK0103").toLowerCase(), "652902", "652901"));
        assertThat(lower.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("select credit_code from employer_unit where code = '652902103'", String.class))
                .isEqualTo(credit("12652902MA7XK0103"));
        assertThat(token()).isNotEqualTo(before);
    }

    @Test
    void bureausAndSupervisorsReadTheDirectoryAndNobodyElse() {
        ResponseEntity<JsonNode> akesu = api.get(AKESU, "/api/directory/units");
        assertThat(akesu.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Boolean> editable = new LinkedHashMap<>();
        akesu.getBody().forEach(u -> editable.put(u.path("code").asText(), u.path("editable").asBoolean()));
        assertThat(editable).containsEntry("652900001", true).containsEntry("650500001", false)
                .containsEntry("650100001", false);
        assertThat(api.get(REGION, "/api/directory/units").getBody().findValuesAsText("editable")).containsOnly("true");
        assertThat(api.get(AKESU, "/api/directory/units?region=650500").getBody().findValuesAsText("code"))
                .containsExactly("650500001", "650500002");

        ResponseEntity<JsonNode> supervisor = api.get("jdxj01", "/api/directory/committees");
        assertThat(supervisor.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(supervisor.getBody().findValuesAsText("editable")).containsOnly("false");
        ResponseEntity<JsonNode> supervisorWrites = api.post("jdxj01", "/api/directory/units",
                unit("652902199", "单位", credit("91652902MA7XK0199"), "652902", "652901"));
        assertThat(supervisorWrites.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(supervisorWrites.getBody().path("message").asText()).isEqualTo("只有人社部门可以维护组织机构目录（监督人员只能查看）");
        assertThat(api.get("admin", "/api/directory/bureaus").getStatusCode()).isEqualTo(HttpStatus.OK);

        for (String user : List.of("sbxj01", "dwxj01", "zgxj01", "pwxj01", "zjxj01", "sjxj01")) {
            for (String part : List.of("units", "competent-departments", "committees", "bureaus", "regions")) {
                ResponseEntity<JsonNode> refused = api.get(user, "/api/directory/" + part);
                assertThat(refused.getStatusCode()).as(user + " " + part).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(refused.getBody().path("message").asText()).isEqualTo("组织机构目录只供人社部门、监督人员和系统管理员查看");
            }
            assertThat(api.post(user, "/api/directory/units",
                    unit("652902198", "单位", credit("91652902MA7XK0198"), "652902", "652901")).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(units("65290219%")).isZero();
    }

    @Test
    void aBureauAddsCompetentDepartmentsBureausAndCommitteesBelowIt() {
        ResponseEntity<JsonNode> competent = api.post(AKESU, "/api/directory/competent-departments",
                Map.of("code", "65290201", "name", "库车市教育局", "creditCode", credit("11652902MB0000102"),
                        "regionCode", "652902"));
        assertThat(competent.getStatusCode()).as(String.valueOf(competent.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(identityService.createGroupQuery().groupId("competent65290201").count()).isOne();
        assertThat(organisations.competentName("65290201")).contains("库车市教育局");

        ResponseEntity<JsonNode> county = api.post(AKESU, "/api/directory/bureaus",
                Map.of("code", "652926", "name", "拜城县人力资源和社会保障局", "notices", List.of()));
        assertThat(county.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(organisations.hrBureau("652926")).isPresent();
        assertThat(identityService.createGroupQuery().groupId("hrb652926").groupType("HR_BUREAU").count()).isOne();
        ResponseEntity<JsonNode> turpan = api.post(AKESU, "/api/directory/bureaus",
                Map.of("code", "650400", "name", "吐鲁番市人力资源和社会保障局"));
        assertThat(turpan.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> twice = api.post(REGION, "/api/directory/bureaus",
                Map.of("code", "650500", "name", "哈密市人社局"));
        assertThat(problems(twice)).containsExactly("code:重复");
        assertThat(twice.getBody().toString()).contains("哈密市（650500）已有人社部门，不能重复添加");

        Map<String, Object> committee = new LinkedHashMap<>();
        committee.put("code", "652903");
        committee.put("name", "阿克苏地区工程系列采矿专业中级评审委员会");
        committee.put("hrBureauCode", "652900");
        committee.put("series", "工程系列");
        committee.put("specialties", List.of("采矿"));
        committee.put("levels", List.of("助理级", "INTERMEDIATE"));
        committee.put("notices", List.of());
        ResponseEntity<JsonNode> created = api.post(AKESU, "/api/directory/committees", committee);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("levels").toString()).isEqualTo("[\"INTERMEDIATE\",\"ASSISTANT\"]");
        assertThat(identityService.createGroupQuery().groupIdIn("committee652903", "expert652903").count()).isEqualTo(2);
        assertThat(api.get("sbaks01", "/api/committees").getBody().findValuesAsText("code")).contains("652903");
        assertThat(organisations.committeeFor(AKESU_NOTICE, "工程系列", "煤炭", cn.xj.titlereview.notice.Level.INTERMEDIATE).orElseThrow().code()).as("the notice's committee stays").isEqualTo("652901");

        committee.put("code", "652904");
        committee.put("levels", List.of("特级"));
        committee.put("notices", List.of("notice-2099-none"));
        ResponseEntity<JsonNode> wrong = api.post(AKESU, "/api/directory/committees", committee);
        assertThat(problems(wrong)).containsExactly("levels[0]:取值", "notices[0]:未登记");
        assertThat(wrong.getBody().toString()).contains("通知 notice-2099-none 不存在");
        committee.put("levels", List.of("INTERMEDIATE"));
        committee.put("notices", List.of(AKESU_NOTICE));
        committee.put("hrBureauCode", "650500");
        assertThat(api.post(AKESU, "/api/directory/committees", committee).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(organisations.committee("652904")).isEmpty();
        assertThat(audit(AKESU, "新增%")).anyMatch(d -> d.startsWith("新增主管部门 65290201 库车市教育局"))
                .anyMatch(d -> d.startsWith("新增人社部门 652926"))
                .anyMatch(d -> d.startsWith("新增评审委员会 652903"));
    }

    @Test
    void anImportWithOneBadRowChangesNothingAndNamesTheRow() throws IOException {
        ResponseEntity<byte[]> template = api.template(AKESU);
        assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(template.getHeaders().getContentType().toString())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
            Sheet sheet = workbook.getSheet("用人单位");
            DataFormatter text = new DataFormatter();
            assertThat(List.of(0, 1, 2, 3, 4, 5, 6).stream().map(c -> text.formatCellValue(sheet.getRow(0).getCell(c))))
                    .containsExactly("单位代码", "单位名称", "统一社会信用代码", "单位性质", "单位层级", "行政区划代码", "主管部门代码");
            assertThat(CreditCodes.check(text.formatCellValue(sheet.getRow(1).getCell(2)), "c").valid()).isTrue();
            assertThat(workbook.getSheet("填写说明")).isNotNull();
        }
        assertThat(api.template("sbxj01").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        String before = token();
        String[] row2 = {"652902201", "库车市示范中学", credit("12652902MB0000201"), "事业单位", "县级及以下", "652902", "652901"};
        String[] row3 = {"652902202", "库车市示范医院", wrongCredit("12652902MB0000202"), "事业单位", "县级及以下", "652902", "652901"};
        String[] row4 = {"652902203", "库车市示范农场", credit("91652902MB0000203"), "民营企业", "县级及以下", "652902", "652901"};
        ResponseEntity<JsonNode> refused = api.importSheet(AKESU, sheet(row2, row3, row4));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("导入文件有误，未导入任何单位（共 1 处问题）");
        assertThat(problems(refused)).containsExactly("C3:校验码");
        assertThat(refused.getBody().path("errors").get(0).path("message").asText())
                .isEqualTo("第3行C列（统一社会信用代码）：统一社会信用代码校验码（第18位）不正确，请核对");
        assertThat(units("6529022%")).as("nothing imported").isZero();
        assertThat(token()).isEqualTo(before);
        assertThat(identityService.createGroupQuery().groupId("unit652902201").count()).isZero();

        // a row outside the bureau's region, and the same credit code twice
        String[] hami = {"650500201", "哈密市示范单位", credit("12650500MB0000201"), "事业单位", "地州市级", "650500", "650501"};
        String[] twice = {"652902204", "库车市示范农场二分场", row4[2], "民营企业", "县级及以下", "652902", "652901"};
        ResponseEntity<JsonNode> scoped = api.importSheet(AKESU, sheet(row2, hami, row4, twice));
        assertThat(problems(scoped)).containsExactly("F3:权限", "C5:重复");
        assertThat(scoped.getBody().path("errors").get(1).path("message").asText())
                .isEqualTo("第5行C列（统一社会信用代码）：统一社会信用代码 " + row4[2] + " 与第4行重复");
        assertThat(units("6529022%") + units("650500201")).isZero();

        row3[2] = credit("12652902MB0000202");
        ResponseEntity<JsonNode> imported = api.importSheet(AKESU, sheet(row2, row3, row4));
        assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody().path("created").asInt()).isEqualTo(3);
        assertThat(units("6529022%")).isEqualTo(3);
        assertThat(organisations.employerUnit("652902202").orElseThrow().ownership()).isEqualTo("PUBLIC_INSTITUTION");
        assertThat(audit(AKESU, "导入：新增用人单位 6529022%")).hasSize(3);

        row2[1] = "库车市示范高级中学";
        ResponseEntity<JsonNode> again = api.importSheet(AKESU, sheet(row2));
        assertThat(again.getBody().path("updated").asInt()).isEqualTo(1);
        assertThat(unitName("652902201")).isEqualTo("库车市示范高级中学");
    }

    @Test
    void aSheetThatIsNotTheTemplateIsRefused() throws IOException {
        byte[] garbage = "not a workbook".getBytes();
        ResponseEntity<JsonNode> notXlsx = api.importSheet(AKESU, garbage);
        assertThat(notXlsx.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problems(notXlsx)).containsExactly("file:格式");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("x").createRow(0).createCell(0).setCellValue("代码");
            workbook.write(out);
            ResponseEntity<JsonNode> headers = api.importSheet(AKESU, out.toByteArray());
            assertThat(problems(headers)).hasSize(7).first().isEqualTo("A1:表头");
        }
        assertThat(api.importSheet(AKESU, sheet()).getBody().path("errors").get(0).path("message").asText())
                .isEqualTo("表中没有单位（从第2行起每行一个单位）");
    }

    static byte[] sheet(String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("用人单位");
            String[] headers = {"单位代码", "单位名称", "统一社会信用代码", "单位性质", "单位层级", "行政区划代码", "主管部门代码"};
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
