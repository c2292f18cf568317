package cn.xj.titlereview.eligibility;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.eligibility.ApplicantBans.BanRequest;
import cn.xj.titlereview.eligibility.ApplicantBans.BanView;
import cn.xj.titlereview.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The register of bans on applying (禁报、黑名单), administrators only (the whole of {@code /api/admin}).
 * No endpoint changes or deletes a ban: an error is corrected by the procedure that made it.
 */
@RestController
@RequestMapping(path = "/api/admin/bans", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "禁报登记", description = "弄虚作假人员的禁报期与黑名单（仅管理员）")
class BanController {

    private static final java.time.ZoneId BEIJING = cn.xj.titlereview.calendar.BeijingTime.ZONE;

    private final ApplicantBans bans;
    private final CurrentUser currentUser;

    BanController(ApplicantBans bans, CurrentUser currentUser) {
        this.bans = bans;
        this.currentUser = currentUser;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记禁报", description = "按证件类型（idType，默认居民身份证）和号码登记禁报期（只保存号码的盲索引）；预检在禁报期内拒绝其申报。")
    @ApiResponse(responseCode = "400", description = "逐项列出的字段问题",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    BanView record(@RequestBody BanRequest request) {
        var now = ProductClock.now();
        BanRequest body = request == null ? new BanRequest(null, null, null, null, null, null, null) : request;
        return bans.record(body, currentUser.require().userId(), LocalDate.ofInstant(now, BEIJING), now);
    }

    @GetMapping
    @Operation(summary = "禁报登记列表", description = "最新的在前；不显示身份证号码。")
    List<BanView> list() {
        return bans.list();
    }
}
