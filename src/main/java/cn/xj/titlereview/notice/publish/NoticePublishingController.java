package cn.xj.titlereview.notice.publish;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.FieldProblem;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.notice.LoadedNotice;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeDiff;
import cn.xj.titlereview.notice.NoticeVersionStore.VersionRow;
import cn.xj.titlereview.notice.NoticeVersions;
import cn.xj.titlereview.security.ApiUser;
import cn.xj.titlereview.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The designers' notice publishing ({@code designer} group; administrators may too): validate a notice file,
 * publish it as the notice's next version, list the versions and compare two of them.
 */
@RestController
@RequestMapping(path = "/api/admin/notices", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "通知发布", description = "流程设计人员上传、校验并发布通知文件（无需重启）；版本与差异")
class NoticePublishingController {

    /** An upload: the notice file's name and text; for a publication, the confirmation and reason. */
    record Upload(String fileName, String content, Boolean confirm, String reason) {
    }

    record NoticeRow(String id, String title, Integer year, int version, String source) {
    }

    record VersionView(int version, String publishedBy, OffsetDateTime publishedAt, String reason, boolean ruleChange,
                       List<String> changes) {
    }

    private final NoticePublishing publishing;
    private final NoticeVersions versions;
    private final NoticeCatalog catalog;
    private final CurrentUser currentUser;

    NoticePublishingController(NoticePublishing publishing, NoticeVersions versions, NoticeCatalog catalog,
                               CurrentUser currentUser) {
        this.publishing = publishing;
        this.versions = versions;
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "校验通知文件", description = "逐项列出问题（文件、字段、规则），并与已部署的流程和决策表核对；不作任何修改")
    NoticePublishing.Review validate(@RequestBody Upload upload) {
        designer();
        return publishing.review(required(upload).fileName(), upload.content());
    }

    @PostMapping(path = "/validate", consumes = {"application/yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "校验通知文件（YAML 原文）")
    NoticePublishing.Review validateYaml(@RequestBody String content,
                                         @RequestParam(required = false) String fileName) {
        designer();
        return publishing.review(fileName, content);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发布通知文件", description = "校验通过后作为该通知的新版本发布，各节点无需重启即生效；"
            + "申报开始后变更规则须 confirm=true 并填写 reason")
    NoticePublishing.Published publish(@RequestBody Upload upload) {
        ApiUser user = designer();
        required(upload);
        return publishing.publish(user, upload.fileName(), upload.content(), Boolean.TRUE.equals(upload.confirm()),
                upload.reason());
    }

    @PostMapping(consumes = {"application/yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发布通知文件（YAML 原文）")
    NoticePublishing.Published publishYaml(@RequestBody String content,
                                           @RequestParam(required = false) String fileName,
                                           @RequestParam(defaultValue = "false") boolean confirm,
                                           @RequestParam(required = false) String reason) {
        return publishing.publish(designer(), fileName, content, confirm, reason);
    }

    @GetMapping
    @Operation(summary = "通知及其当前版本", description = "版本 0 为 config/notices 中的初始文件")
    List<NoticeRow> notices() {
        designer();
        return catalog.all().stream().map(n -> new NoticeRow(n.id(), n.definition().title(), n.definition().year(),
                n.version(), n.source())).toList();
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "通知的版本", description = "从新到旧；版本 0 为 config/notices 中的初始文件")
    List<VersionView> versions(@PathVariable String id) {
        designer();
        LoadedNotice current = catalog.loaded(id).orElseThrow(() -> notFound(id));
        List<VersionView> views = new ArrayList<>();
        for (VersionRow row : versions.versions(current.id())) {
            views.add(new VersionView(row.versionNo(), row.publishedBy(), row.publishedAt().atZone(BeijingTime.ZONE).toOffsetDateTime(),
                    row.reason(), row.ruleChange(), row.changes().lines().toList()));
        }
        if (catalog.seed(id).isPresent()) {
            views.add(new VersionView(0, "初始文件", null, catalog.seed(id).get().source(), false, List.of()));
        }
        return views;
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "两个版本的差异", description = "逐字段列出 from 到 to 的变化及其类别（日期推后、文字修改、规则变更）")
    List<NoticeDiff.Change> diff(@PathVariable String id, @RequestParam int from, @RequestParam int to) {
        designer();
        NoticeDefinition before = versions.definition(id, from).orElseThrow(() -> versionNotFound("from", id, from));
        NoticeDefinition after = versions.definition(id, to).orElseThrow(() -> versionNotFound("to", id, to));
        return NoticeDiff.between(before, after);
    }

    @GetMapping(path = "/{id}/versions/{version}/file", produces = "text/plain;charset=UTF-8")
    @Operation(summary = "某版本的通知文件原文")
    String file(@PathVariable String id, @PathVariable int version) {
        designer();
        return versions.sourceYaml(id, version).orElseThrow(() -> versionNotFound("version", id, version));
    }

    private ApiUser designer() {
        ApiUser user = currentUser.require();
        if (!user.isMemberOf(RoleGroups.DESIGNER) && !user.isMemberOf(RoleGroups.ADMIN)) {
            throw ApiProblemException.forbidden("仅流程设计人员或系统管理员可以发布通知");
        }
        return user;
    }

    private static Upload required(Upload upload) {
        if (upload == null || upload.content() == null || upload.content().isBlank()) {
            throw ApiProblemException.badRequest("通知文件有误", List.of(new FieldProblem("content", "必填", "请上传通知文件")));
        }
        return upload;
    }

    private static ApiProblemException notFound(String id) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "通知不存在",
                List.of(new FieldProblem("id", "存在", "没有编号为“" + id + "”的通知")));
    }

    private static ApiProblemException versionNotFound(String field, String id, int version) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "版本不存在",
                List.of(new FieldProblem(field, "存在", "通知“" + id + "”没有版本 " + version)));
    }
}
