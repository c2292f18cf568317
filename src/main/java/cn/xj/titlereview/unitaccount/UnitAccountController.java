package cn.xj.titlereview.unitaccount;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.api.ApiError;
import cn.xj.titlereview.security.CurrentUser;
import cn.xj.titlereview.security.OpenApiPaths;
import cn.xj.titlereview.unitaccount.UnitRegistrationService.Request;
import cn.xj.titlereview.unitaccount.UnitRegistrationService.Submitted;
import cn.xj.titlereview.unitaccount.UnitReviewers.NewReviewer;
import cn.xj.titlereview.unitaccount.UnitReviewers.Reviewer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** 单位注册 (open, no login) and the reviewers of a unit (its contact, the HR bureau of its region, the administrator). */
@RestController
@Tag(name = "单位账号", description = "用人单位注册（主管部门审核）、本单位审核人员")
@ApiResponse(responseCode = "400", description = "逐项列出的字段问题（字段、规则、说明）",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
class UnitAccountController {

    private final UnitRegistrationService registrations;
    private final UnitReviewers reviewers;
    private final OrganisationContacts organisationContacts;
    private final CurrentUser currentUser;

    UnitAccountController(UnitRegistrationService registrations, UnitReviewers reviewers,
                          OrganisationContacts organisationContacts, CurrentUser currentUser) {
        this.registrations = registrations;
        this.reviewers = reviewers;
        this.organisationContacts = organisationContacts;
        this.currentUser = currentUser;
    }

    @PostMapping(path = OpenApiPaths.UNIT_REGISTRATIONS, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "用人单位注册", description = "统一社会信用代码（GB 32100）、单位名称、单位性质（type）、层级（level）、"
            + "行政区划（region）、主管部门代码（competentDepartment），联系人（contact：name、phone、code——用途 UNIT_REGISTER "
            + "的短信验证码、userId 可不填、password）。提交后由主管部门在 Tasklist 审核；通过后开通单位用户组和联系人账号。")
    Submitted register(@RequestBody(required = false) Request request, HttpServletRequest http) {
        return registrations.register(request == null ? new Request(null, null, null, null, null, null, null) : request,
                http.getRemoteAddr());
    }

    /** The unit whose contact the caller is (none: {@code unitCode} null). */
    record MyUnit(String userId, String unitCode) {
    }

    @GetMapping(path = "/api/units/mine", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "本人担任联系人的单位")
    MyUnit mine() {
        String userId = currentUser.require().userId();
        return new MyUnit(userId, reviewers.unitOfContact(userId).orElse(null));
    }

    @GetMapping(path = "/api/units/{code}/reviewers", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "本单位审核人员", description = "单位用户组中的用户（联系人标明）；仅本单位联系人、所在地区人社部门和系统管理员")
    @ApiResponse(responseCode = "403", description = "不是本单位联系人", content = @Content(schema = @Schema(implementation = ApiError.class)))
    List<Reviewer> list(@PathVariable String code) {
        return reviewers.list(code, currentUser.require());
    }

    @PostMapping(path = "/api/units/{code}/reviewers", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "添加审核人员", description = "新用户（用户名、姓名、手机、初始密码——须符合密码规则），只加入本单位用户组")
    Reviewer add(@PathVariable String code, @RequestBody(required = false) NewReviewer reviewer) {
        return reviewers.add(code, reviewer, currentUser.require());
    }

    @PostMapping(path = "/api/units/{code}/contact", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "开通单位联系人账号", description = "为尚无联系人的用人单位（如人社部门在目录中添加的单位）开通联系人账号："
            + "仅单位所在地区的人社部门和系统管理员；已有联系人时 409")
    Reviewer createContact(@PathVariable String code, @RequestBody(required = false) NewReviewer contact) {
        return reviewers.createContact(code, contact, currentUser.require());
    }

    @PostMapping(path = "/api/directory/{kind}/{code}/users", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "为主管部门、评审委员会办事机构或人社部门开通账号", description = "kind：competent-departments、"
            + "committees 或 bureaus。由其上级人社部门（或系统管理员）开通：新用户只加入该机构的用户组"
            + "（competent<代码>、committee<代码>、hrb<代码>），密码须符合密码规则")
    Reviewer createOrganisationUser(@PathVariable String kind, @PathVariable String code,
                                    @RequestBody(required = false) NewReviewer user) {
        return organisationContacts.create(kind, code, user, currentUser.require());
    }

    @DeleteMapping(path = "/api/units/{code}/reviewers/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除审核人员", description = "移出本单位用户组；不属于其他用户组的账号随之删除。联系人不能删除自己。")
    void remove(@PathVariable String code, @PathVariable String userId) {
        reviewers.remove(code, userId, currentUser.require());
    }
}
