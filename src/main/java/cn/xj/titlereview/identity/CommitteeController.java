package cn.xj.titlereview.identity;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The evaluation committees of the organisation directory, for the applicant whose delegation letter names one. */
@RestController
@Tag(name = "组织机构", description = "用人单位目录")
@SecurityRequirement(name = "basicAuth")
class CommitteeController {

    private final OrganisationDirectory organisations;

    CommitteeController(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    @GetMapping(path = "/api/committees", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "评审委员会目录", description = "已登记的评审委员会：代码、名称和它评审的通知；"
            + "委托评审时填写的评审委员会代码（委托评审函所指定的）须在其中。")
    List<CommitteeEntry> committees() {
        return organisations.directory().committees().stream()
                .map(c -> new CommitteeEntry(c.code(), c.name(), c.notices())).toList();
    }

    @Schema(description = "评审委员会")
    record CommitteeEntry(@Schema(description = "代码", example = "650201") String code,
                          @Schema(description = "名称", example = "自治区工程系列有色金属专业评审委员会") String name,
                          @Schema(description = "它评审的通知（本通知的评审委员会接受委托评审函时也在其中）")
                          List<String> notices) {
    }
}
