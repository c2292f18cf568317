package cn.xj.titlereview.application;

import java.net.URI;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.declaration.ApplicationForm;
import cn.xj.titlereview.eligibility.EligibilityReport;
import cn.xj.titlereview.security.ApiUser;
import cn.xj.titlereview.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The applicant's declaration (申报). HTTP Basic with the Camunda user. Bad input: 400 with every
 * field problem ({@link ApiError}); someone else's application: 403; unknown: 404; a change the
 * application's state does not allow: 409. Nothing is written by a refused request.
 *
 * <p>Text (HTML or script included) is stored and returned exactly as sent, as JSON string values
 * ({@code application/json}, {@code nosniff}): the API never decodes or renders markup; a page
 * showing it must insert it as text.
 */
@RestController
@RequestMapping(path = "/api/applications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "申报", description = "申报草稿、修改、提交与进度")
@SecurityRequirement(name = "basicAuth")
public class ApplicationController {

    private final ApplicationService service;
    private final CurrentUser currentUser;
    private final ApplicationListing listing;

    ApplicationController(ApplicationService service, CurrentUser currentUser, ApplicationListing listing) {
        this.service = service;
        this.currentUser = currentUser;
        this.listing = listing;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "创建申报草稿",
            description = "草稿可以不完整；已填写的内容逐项校验（身份证号码、日期、长度、空白须填“无”等），有误时逐项列出且不保存。")
    @ApiResponse(responseCode = "201", description = "已创建")
    @ApiResponse(responseCode = "400", description = "申报信息有误（逐项列出）",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "不是申报人")
    @ApiResponse(responseCode = "409", description = "同一身份证号码已在本通知下申报")
    ResponseEntity<ApplicationView> create(@RequestBody(required = false) ApplicationForm form) {
        ApplicationView view = service.create(form, currentUser.require());
        return ResponseEntity.created(URI.create("/api/applications/" + view.applicationNo())).body(view);
    }

    @GetMapping
    @Operation(summary = "申报列表",
            description = "申报人：本人的申报（数组，不分页，不接受查询条件）。用人单位、主管部门、评审委员会办事机构、人社部门、"
                    + "监督人员和系统管理员：可以查看的已提交申报（只含本机构经办的；不含草稿），按通知、用人单位、状态和当前环节筛选，"
                    + "最新的在前，分页返回（page 从 0 开始，size 默认 50、最多 200）和总数。当前环节取自流程引擎（待办任务或等待的环节）。"
                    + "查询条件有误：400，逐项指明参数。")
    @ApiResponse(responseCode = "200", description = "申报人：本人申报的数组；办理机构：一页申报",
            content = @Content(schema = @Schema(oneOf = {ApplicationView.Page.class, ApplicationView.Summary[].class})))
    @ApiResponse(responseCode = "400", description = "查询条件有误（逐项指明参数）",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    Object list(@Parameter(description = "通知编号") @RequestParam(name = "notice", required = false) String notice,
                @Parameter(description = "用人单位代码") @RequestParam(name = "unit", required = false) String unit,
                @Parameter(description = "状态（SUBMITTED、RETURNED、APPROVED……或其中文）") @RequestParam(name = "status", required = false) String status,
                @Parameter(description = "当前环节编号，如 unit_review") @RequestParam(name = "step", required = false) String step,
                @Parameter(description = "页码，从 0 开始") @RequestParam(name = "page", required = false) String page,
                @Parameter(description = "每页条数，默认 50，最多 200") @RequestParam(name = "size", required = false) String size) {
        ApiUser user = currentUser.require();
        if (ApplicationListing.listsForOffice(user)) {
            return listing.list(new ApplicationListing.Query(notice, unit, status, step, page, size), user);
        }
        return service.mine(user);
    }

    @PutMapping(path = "/{no}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改申报（草稿或退回修改时）",
            description = "整体替换申报信息。身份证号码原样发回遮盖形式表示不修改。")
    @ApiResponse(responseCode = "400", description = "申报信息有误（逐项列出）",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "不是本人的申报")
    @ApiResponse(responseCode = "404", description = "申报不存在")
    @ApiResponse(responseCode = "409", description = "当前状态不允许修改")
    ApplicationView update(@Parameter(description = "申报编号", example = "ZC2024-000123") @PathVariable("no") String no,
                           @RequestBody(required = false) ApplicationForm form) {
        return service.update(no, form, currentUser.require());
    }

    @GetMapping("/{no}")
    @Operation(summary = "查看申报",
            description = "状态、当前环节、提交次数、评审费、各次提交与审核决定记录；身份证号码为遮盖形式。")
    @ApiResponse(responseCode = "403", description = "无权查看")
    @ApiResponse(responseCode = "404", description = "申报不存在")
    ApplicationView get(@PathVariable("no") String no) {
        return service.get(no, currentUser.require());
    }

    @GetMapping("/{no}/eligibility")
    @Operation(summary = "申报条件预检",
            description = "按通知文件逐项检查：信息是否完整、须上传的材料、申报范围、不得申报的情形、禁报期、任职年限"
                    + "（决策表 title-seniority、高技能人才贯通、提前申报）、初定学历年限、继续教育、年度考核、普通话、"
                    + "考试成绩、工作总结。一次列出全部问题，每项注明依据和能否修改补正。")
    @ApiResponse(responseCode = "403", description = "无权查看")
    @ApiResponse(responseCode = "404", description = "申报不存在")
    EligibilityReport eligibility(@PathVariable("no") String no) {
        return service.check(no, currentUser.require());
    }

    @PostMapping("/{no}/submit")
    @Operation(summary = "提交申报",
            description = "先做申报条件预检：有可补正的问题时不提交（400，逐项列出，不可补正的注明）；首次提交只剩不可补正的问题时"
                    + "照常提交，流程的“审查申报条件”环节以“不符合申报条件”（INELIGIBLE）结束并记录原因。通过后冻结本次提交的版本，"
                    + "首次提交启动评审流程，退回后再次提交则完成“申报人修改”任务。")
    @ApiResponse(responseCode = "400", description = "申报信息不完整（逐项列出）",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "已提交或已结束，或流程不允许提交")
    ApplicationView submit(@PathVariable("no") String no) {
        return service.submit(no, currentUser.require());
    }

    @GetMapping("/{no}/id-number")
    @Operation(summary = "查看完整身份证号码",
            description = "仅申报人本人、评审委员会办事机构和人社部门可查看，每次查看记入日志。")
    Map<String, String> idNumber(@PathVariable("no") String no) {
        return Map.of("idNumber", service.revealIdNumber(no, currentUser.require()));
    }
}
