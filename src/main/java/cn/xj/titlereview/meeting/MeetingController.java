package cn.xj.titlereview.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.meeting.ExpertPoolService.Filing;
import cn.xj.titlereview.meeting.ExpertPoolService.PoolExpert;
import cn.xj.titlereview.meeting.MeetingViews.MeetingView;
import cn.xj.titlereview.meeting.PoolInputs.ApplicationsInput;
import cn.xj.titlereview.meeting.PoolInputs.DeclineInput;
import cn.xj.titlereview.meeting.PoolInputs.ExpertInput;
import cn.xj.titlereview.meeting.PoolInputs.FilingInput;
import cn.xj.titlereview.meeting.PoolInputs.MeetingInput;
import cn.xj.titlereview.meeting.PoolInputs.RecusalInput;
import cn.xj.titlereview.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The expert pool, filings and meetings of a committee, kept by its office; supervisors and its bureau read them. */
@RestController
@Tag(name = "评审会议", description = "评审专家库、备案、评审会议：安排申报、随机抽取评委（可复核）、替补、回避、开始表决")
@SecurityRequirement(name = "basicAuth")
@ApiResponse(responseCode = "400", description = "逐项列出的字段问题（字段、规则、说明）",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "403", description = "不是该评审委员会的办事机构",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "409", description = "未备案、专家库不足以抽取、会议状态不允许",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
class MeetingController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ExpertPoolService pool;
    private final MeetingService meetings;
    private final BallotSheetService sheets;
    private final CurrentUser currentUser;

    MeetingController(ExpertPoolService pool, MeetingService meetings, BallotSheetService sheets, CurrentUser currentUser) {
        this.pool = pool;
        this.meetings = meetings;
        this.sheets = sheets;
        this.currentUser = currentUser;
    }

    @GetMapping(path = "/api/meetings/mine", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "我的评审会议", description = "本人被抽取为评委（未登记不能出席）的会议，最近的在前；其他用户为空列表")
    List<BallotSheetService.MyMeeting> mine() {
        return sheets.mine(currentUser.require());
    }

    @GetMapping(path = "/api/meetings/{id}/ballot-sheet", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "我的表决票", description = "本次会议抽取的评委：要表决的申报（盲评：编号、级别、专业）")
    BallotSheetService.Sheet sheet(@PathVariable("id") long id) {
        return sheets.sheet(currentUser.require(), id);
    }

    @PostMapping(path = "/api/meetings/{id}/ballot-sheet", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提交表决票", description = "对表决票上的每份申报投 FOR、AGAINST 或 ABSTAIN，一次提交；无记名，只计票数")
    BallotSheetService.Sheet submitSheet(@PathVariable("id") long id, @RequestBody BallotSheetService.SheetInput input) {
        return sheets.submit(currentUser.require(), id, input);
    }

    @GetMapping(path = "/api/committees/{code}/experts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "评审专家库")
    List<PoolExpert> experts(@PathVariable("code") String code) {
        return pool.experts(currentUser.require(), code);
    }

    @PostMapping(path = "/api/committees/{code}/experts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "加入或修改评审专家库中的专家", description = "专家须是本评审委员会评委组的账号；同一账号再次提交即修改")
    PoolExpert saveExpert(@PathVariable("code") String code, @RequestBody ExpertInput input) {
        return pool.save(currentUser.require(), code, input);
    }

    @PostMapping(path = "/api/committees/{code}/experts/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "从 Excel 导入评审专家库", description = "模板见 GET /api/committees/{code}/experts/imports/template.xlsx。"
            + "逐行检查（与逐个添加相同的规则，另查文件内重复的账号），任何一行有误时整个文件都不导入，并列出每处问题（单元格如 C3、规则、说明）；"
            + "已入库的账号按该行修改，未入库的加入")
    ExpertPoolService.ImportResult importExperts(@PathVariable("code") String code,
                                                 @RequestPart(name = "file", required = false) MultipartFile file) {
        var user = currentUser.require();
        if (file == null || file.isEmpty()) {
            throw ApiProblemException.badRequest("请选择要导入的 Excel 文件",
                    List.of(new FieldProblem("file", "必填", "请上传 .xlsx 文件")));
        }
        try (InputStream in = file.getInputStream()) {
            return pool.importPool(user, code, PoolImport.read(in));
        } catch (IOException e) {
            throw ApiProblemException.badRequest("无法读取上传的文件", List.of(new FieldProblem("file", "格式", "请重新上传")));
        }
    }

    @GetMapping(path = "/api/committees/{code}/experts/imports/template.xlsx", produces = XLSX)
    @Operation(summary = "评审专家库导入模板", description = "中文表头、一行示例、职称级别和是否在库的下拉选项、填写说明")
    ResponseEntity<byte[]> expertsTemplate(@PathVariable("code") String code) {
        var committee = pool.committeeFor(currentUser.require(), code);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(XLSX));
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename("评审专家库导入模板-" + committee.code() + ".xlsx", StandardCharsets.UTF_8).build());
        return new ResponseEntity<>(PoolImport.template(committee.code(), committee.series()), headers, HttpStatus.OK);
    }

    @GetMapping(path = "/api/committees/{code}/filings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "评审委员会及评审专家库的备案")
    List<Filing> filings(@PathVariable("code") String code) {
        return pool.filings(currentUser.require(), code);
    }

    @PostMapping(path = "/api/committees/{code}/filings", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记备案", description = "向哪个人社部门、哪天、哪个年度备案；评委会未经备案的，不得组织召开评审工作")
    Filing file(@PathVariable("code") String code, @RequestBody FilingInput input) {
        return pool.file(currentUser.require(), code, input);
    }

    @GetMapping(path = "/api/committees/{code}/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "评审委员会的评审会议")
    List<MeetingView> meetings(@PathVariable("code") String code) {
        return meetings.meetings(currentUser.require(), code);
    }

    @PostMapping(path = "/api/committees/{code}/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "安排评审会议", description = "会议日期须在有效备案之内（否则409）；评委人数为单数，不少于级别所需人数")
    MeetingView create(@PathVariable("code") String code, @RequestBody MeetingInput input) {
        return meetings.create(currentUser.require(), code, input);
    }

    @GetMapping(path = "/api/meetings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "评审会议：申报、评委、回避、抽取记录（含按记录重抽的结果）")
    MeetingView meeting(@PathVariable("id") long id) {
        return meetings.get(currentUser.require(), id);
    }

    @PostMapping(path = "/api/meetings/{id}/applications", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "安排申报到会议", description = "已进入评审会表决、等待评审会议的申报；抽取评委之前")
    MeetingView assign(@PathVariable("id") long id, @RequestBody ApplicationsInput input) {
        return meetings.assign(currentUser.require(), id, input);
    }

    @PostMapping(path = "/api/meetings/{id}/draw", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "随机抽取评委", description = "从在库专家中抽取，覆盖会议的专业，排除与申报人同单位和申报回避的专家；"
            + "记录抽取人、时间、随机种子和候选人，监督人员可按记录复核")
    MeetingView draw(@PathVariable("id") long id) {
        return meetings.draw(currentUser.require(), id);
    }

    @PostMapping(path = "/api/meetings/{id}/declines", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "评委不能出席，抽取替补")
    MeetingView decline(@PathVariable("id") long id, @RequestBody DeclineInput input) {
        return meetings.decline(currentUser.require(), id, input);
    }

    @PostMapping(path = "/api/meetings/{id}/recusals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记回避", description = "抽取前：该专家不被抽取；抽取后：该评委不参加这一申报的表决，表决人数相应减少")
    MeetingView recuse(@PathVariable("id") long id, @RequestBody RecusalInput input) {
        return meetings.recuse(currentUser.require(), id, input);
    }

    @PostMapping(path = "/api/meetings/{id}/open", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "开始表决", description = "每份申报的表决由本次会议的评委（除去回避者）进行")
    MeetingView open(@PathVariable("id") long id) {
        return meetings.open(currentUser.require(), id);
    }
}
