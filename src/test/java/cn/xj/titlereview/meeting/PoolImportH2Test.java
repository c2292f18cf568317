package cn.xj.titlereview.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * The office of the Hami agriculture committee (650501) imports its pool from the template: a file with wrong cells
 * is refused as a whole, naming every cell; a good one adds and changes entries, each audited; experts and other
 * offices may not import.
 */
@H2IntegrationTest
class PoolImportH2Test {

    private static final String COMMITTEE = "650501";
    private static final String OFFICE = "pwhm01";
    private static final List<String> EXTRA = List.of("pix01", "pix02");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void extraExperts() {
        for (String id : EXTRA) {
            if (identityService.createUserQuery().userId(id).count() == 0) {
                User user = identityService.newUser(id);
                user.setFirstName(id);
                user.setLastName("测试");
                user.setPassword(DemoUsers.PASSWORD);
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
            jdbc.update("delete from committee_expert where committee_code = ? and expert_id = ?", COMMITTEE, id);
            identityService.deleteMembership(id, "expert" + COMMITTEE);
        }
    }

    @Test
    void aFileWithAnyWrongCellImportsNothingAndNamesEveryCell() throws Exception {
        byte[] template = template(OFFICE).getBody();
        List<String> before = pool();
        byte[] wrong = sheet(template, List.of(
                List.of("pix01", "畜牧兽医", "正高级", "哈密职业技术学院", "", "650500", "2023-01-01", "2025-12-31", "是"),
                List.of("zjxj01", "农学", "特级", "", "", "659999", "2023-13-01", "2022-01-01", "也许"),
                List.of("pix01", "农学", "副高级", "新疆农业大学", "999999999", "650500", "2024-01-01", "2023-01-01", "否")));

        ResponseEntity<JsonNode> refused = importSheet(OFFICE, wrong);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problems(refused)).containsExactlyInAnyOrder("A3:评委组", "C3:取值", "D3:必填", "F3:未登记", "G3:格式",
                "I3:取值", "A4:重复", "E4:未登记", "H4:顺序");
        assertThat(refused.getBody().toString()).contains("第3行A列（专家账号）", "zjxj01", "与第2行重复", "未导入任何专家");
        assertThat(pool()).as("nothing written, not even the good row").isEqualTo(before);
    }

    @Test
    void aGoodFileAddsAndChangesEntriesEachAudited() throws Exception {
        byte[] good = sheet(template(OFFICE).getBody(), List.of(
                List.of("pix01", "畜牧兽医", "正高级", "哈密职业技术学院", "", "650500", "2023-01-01", "2025-12-31", ""),
                List.of("pix02", "农学", "副高级", "新疆农业大学", "", "650500", "2023-01-01", "2025-12-31", "否")));

        ResponseEntity<JsonNode> imported = importSheet(OFFICE, good);

        assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody().path("added").asInt()).isEqualTo(2);
        assertThat(pool()).contains("pix01:畜牧兽医:SENIOR_FULL:true", "pix02:农学:SENIOR_DEPUTY:false");

        // the same file again with one change: both entries changed, none added
        byte[] changed = sheet(template(OFFICE).getBody(), List.of(
                List.of("pix01", "园艺", "正高级", "哈密职业技术学院", "", "650500", "2023-01-01", "2026-12-31", "是")));
        ResponseEntity<JsonNode> again = importSheet(OFFICE, changed);
        assertThat(again.getBody().path("changed").asInt()).isEqualTo(1);
        assertThat(pool()).contains("pix01:园艺:SENIOR_FULL:true");
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'CHANGE_EXPERT_POOL' and actor = ? "
                + "and detail like ?", String.class, OFFICE, "%专家 pix0%")).hasSizeGreaterThanOrEqualTo(3)
                .anyMatch(d -> d.startsWith("修改评审专家库") && d.contains("pix01") && d.contains("园艺"));
    }

    @Test
    void theTemplateHasTheHeadersAndOnlyTheOfficeImports() throws Exception {
        ResponseEntity<byte[]> template = template(OFFICE);
        assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("专家账号", "专业", "职称级别", "工作单位", "单位代码（已登记的用人单位可填）",
                    "行政区划代码", "聘期开始", "聘期结束", "是否在库");
            assertThat(workbook.getSheet("填写说明").getRow(1).getCell(0).getStringCellValue()).contains("expert650501");
        }
        byte[] good = sheet(template.getBody(), List.of(
                List.of("pix01", "畜牧兽医", "正高级", "哈密职业技术学院", "", "650500", "2023-01-01", "2025-12-31", "是")));
        assertThat(importSheet("zjhm01", good).getStatusCode()).as("an expert").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(importSheet("pwxj01", good).getStatusCode()).as("another office").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(template("sbhm01").getStatusCode()).as("an applicant").isEqualTo(HttpStatus.FORBIDDEN);

        // a sheet that is not the template: its headers named
        byte[] other;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("x").createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(out);
            other = out.toByteArray();
        }
        ResponseEntity<JsonNode> notTemplate = importSheet(OFFICE, other);
        assertThat(notTemplate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problems(notTemplate)).contains("A1:表头", "I1:表头");
        assertThat(importSheet(OFFICE, "not a workbook".getBytes(StandardCharsets.UTF_8)).getBody().toString())
                .contains("file", "无法读取文件");
    }

    // ------------------------------------------------------------------ helpers

    private List<String> pool() {
        return jdbc.query("select expert_id, specialty, title_level, active from committee_expert where committee_code = ? "
                + "order by expert_id", (rs, i) -> rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getString(3) + ":"
                + rs.getBoolean(4), COMMITTEE);
    }

    /** The template with its example row replaced by these rows. */
    private static byte[] sheet(byte[] template, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.removeRow(sheet.getRow(1));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static HttpHeaders headers(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, DemoUsers.PASSWORD, StandardCharsets.UTF_8);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }

    private ResponseEntity<byte[]> template(String user) {
        HttpHeaders headers = headers(user);
        headers.setAccept(List.of(MediaType.ALL));
        return rest.exchange("/api/committees/" + COMMITTEE + "/experts/imports/template.xlsx", HttpMethod.GET,
                new HttpEntity<>(headers), byte[].class);
    }

    private ResponseEntity<JsonNode> importSheet(String user, byte[] xlsx) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(xlsx) {
            @Override
            public String getFilename() {
                return "pool.xlsx";
            }
        });
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/api/committees/" + COMMITTEE + "/experts/imports", HttpMethod.POST,
                new HttpEntity<>(parts, headers), JsonNode.class);
    }

    private static List<String> problems(ResponseEntity<JsonNode> response) {
        List<String> list = new ArrayList<>();
        response.getBody().path("errors").forEach(e -> list.add(e.path("field").asText() + ":" + e.path("rule").asText()));
        return list;
    }
}
