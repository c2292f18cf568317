package cn.xj.titlereview.application;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The blind view of an application for the committee's experts (盲评). */
@RestController
@Tag(name = "盲评", description = "评委看到的申报：不含姓名、单位和身份证号")
@SecurityRequirement(name = "basicAuth")
class BlindViewController {

    private final BlindViews views;
    private final CurrentUser currentUser;

    BlindViewController(BlindViews views, CurrentUser currentUser) {
        this.views = views;
        this.currentUser = currentUser;
    }

    @GetMapping(path = "/api/applications/{no}/blind", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "盲评视图",
            description = "评委、评审委员会及其他审核人员查看已提交的申报（申报人本人可预览）：只含专业、级别、任职资历和业绩，"
                    + "文字中的本人姓名、工作单位名称、电话和身份证号码以“XXX”代替，材料只给出遮盖后的图片。本人以外的每次查看记入审计日志。")
    @ApiResponse(responseCode = "403", description = "无权查看（草稿只有本人可看）")
    @ApiResponse(responseCode = "404", description = "申报不存在")
    BlindView blind(@PathVariable("no") String no) {
        return views.view(no, currentUser.require());
    }
}
