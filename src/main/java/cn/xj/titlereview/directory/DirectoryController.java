package cn.xj.titlereview.directory;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.directory.DirectoryInputs.BureauInput;
import cn.xj.titlereview.directory.DirectoryInputs.CommitteeInput;
import cn.xj.titlereview.directory.DirectoryInputs.CompetentInput;
import cn.xj.titlereview.directory.DirectoryInputs.UnitInput;
import cn.xj.titlereview.directory.DirectoryViews.BureauView;
import cn.xj.titlereview.directory.DirectoryViews.CommitteeView;
import cn.xj.titlereview.directory.DirectoryViews.CompetentView;
import cn.xj.titlereview.directory.DirectoryViews.ImportResult;
import cn.xj.titlereview.directory.DirectoryViews.RegionView;
import cn.xj.titlereview.directory.DirectoryViews.UnitView;
import cn.xj.titlereview.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The organisation directory for HR bureaus (their region's part), supervisors (reading) and administrators.
 * Every change is audited and seen at once by every node.
 */
@RestController
@RequestMapping(path = "/api/directory", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "组织机构目录", description = "行政区划、用人单位、主管部门、评审委员会、人社部门；人社部门维护本地区的部分，监督人员查看")
@SecurityRequirement(name = "basicAuth")
@ApiResponse(responseCode = "400", description = "逐项列出的字段问题（字段、规则、说明）",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "403", description = "不是人社部门、监督人员或管理员，或不在本地区",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
class DirectoryController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DirectoryService directory;
    private final CurrentUser currentUser;

    DirectoryController(DirectoryService directory, CurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @GetMapping("/regions")
    @Operation(summary = "行政区划（GB/T 2260）")
    List<RegionView> regions() {
        return directory.regions(currentUser.require());
    }

    @GetMapping("/units")
    @Operation(summary = "用人单位", description = "region：只列该行政区划（含下级）的单位")
    List<UnitView> units(@RequestParam(name = "region", required = false) String region) {
        return directory.units(currentUser.require(), region);
    }

    @PostMapping(path = "/units", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增用人单位")
    UnitView createUnit(@RequestBody UnitInput input) {
        return directory.createUnit(orEmpty(input), currentUser.require());
    }

    @PutMapping(path = "/units/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改用人单位")
    UnitView updateUnit(@PathVariable String code, @RequestBody UnitInput input) {
        return directory.updateUnit(code, orEmpty(input), currentUser.require());
    }

    @GetMapping("/competent-departments")
    @Operation(summary = "主管部门")
    List<CompetentView> competentDepartments() {
        return directory.competentDepartments(currentUser.require());
    }

    @PostMapping(path = "/competent-departments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增主管部门")
    CompetentView createCompetent(@RequestBody CompetentInput input) {
        return directory.saveCompetent(input == null ? new CompetentInput(null, null, null, null) : input, null,
                currentUser.require());
    }

    @PutMapping(path = "/competent-departments/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改主管部门")
    CompetentView updateCompetent(@PathVariable String code, @RequestBody CompetentInput input) {
        return directory.saveCompetent(input == null ? new CompetentInput(null, null, null, null) : input, code,
                currentUser.require());
    }

    @GetMapping("/committees")
    @Operation(summary = "评审委员会")
    List<CommitteeView> committees() {
        return directory.committees(currentUser.require());
    }

    @PostMapping(path = "/committees", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增评审委员会", description = "同时建立其办事机构和评审专家的用户组（committee<代码>、expert<代码>）")
    CommitteeView createCommittee(@RequestBody CommitteeInput input) {
        return directory.saveCommittee(orEmpty(input), null, currentUser.require());
    }

    @PutMapping(path = "/committees/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改评审委员会")
    CommitteeView updateCommittee(@PathVariable String code, @RequestBody CommitteeInput input) {
        return directory.saveCommittee(orEmpty(input), code, currentUser.require());
    }

    @GetMapping("/bureaus")
    @Operation(summary = "人社部门")
    List<BureauView> bureaus() {
        return directory.bureaus(currentUser.require());
    }

    @PostMapping(path = "/bureaus", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增人社部门", description = "代码为所在行政区划的代码；上级人社部门为下级地区添加")
    BureauView createBureau(@RequestBody BureauInput input) {
        return directory.saveBureau(input == null ? new BureauInput(null, null, null) : input, null, currentUser.require());
    }

    @PutMapping(path = "/bureaus/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改人社部门")
    BureauView updateBureau(@PathVariable String code, @RequestBody BureauInput input) {
        return directory.saveBureau(input == null ? new BureauInput(null, null, null) : input, code, currentUser.require());
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "从 Excel 导入用人单位", description = "模板见 GET /api/directory/imports/template.xlsx。"
            + "逐行检查，任何一行有误时整个文件都不导入，并列出每处问题（单元格如 C3、规则、说明）；"
            + "已登记的单位代码按该行修改，未登记的新增。")
    ImportResult importUnits(@RequestPart(name = "file", required = false) MultipartFile file) {
        var user = currentUser.require();
        if (file == null || file.isEmpty()) {
            throw ApiProblemException.badRequest("请选择要导入的 Excel 文件",
                    List.of(new FieldProblem("file", "必填", "请上传 .xlsx 文件")));
        }
        try (InputStream in = file.getInputStream()) {
            return directory.importUnits(UnitImport.read(in), user);
        } catch (IOException e) {
            throw ApiProblemException.badRequest("无法读取上传的文件", List.of(new FieldProblem("file", "格式", "请重新上传")));
        }
    }

    @GetMapping(path = "/imports/template.xlsx", produces = XLSX)
    @Operation(summary = "用人单位导入模板", description = "中文表头、一行示例、单位性质和层级的下拉选项、填写说明")
    ResponseEntity<byte[]> template() {
        directory.regions(currentUser.require());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(XLSX));
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename("用人单位导入模板.xlsx", java.nio.charset.StandardCharsets.UTF_8).build());
        return new ResponseEntity<>(UnitImport.template(), headers, HttpStatus.OK);
    }

    private static UnitInput orEmpty(UnitInput input) {
        return input == null ? new UnitInput(null, null, null, null, null, null, null) : input;
    }

    private static CommitteeInput orEmpty(CommitteeInput input) {
        return input == null ? new CommitteeInput(null, null, null, null, null, null, null) : input;
    }
}
