package cn.xj.titlereview.identity;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The employer units of the organisation directory, for the applicant to choose theirs. */
@RestController
@Tag(name = "组织机构", description = "用人单位目录")
@SecurityRequirement(name = "basicAuth")
class EmployerUnitController {

    private final OrganisationDirectory organisations;

    EmployerUnitController(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    @GetMapping(path = "/api/units", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "用人单位目录", description = "已登记的用人单位：代码、名称、单位归属；申报时填写的用人单位代码须在其中。")
    List<UnitEntry> units() {
        return organisations.directory().employerUnits().stream()
                .map(u -> new UnitEntry(u.code(), u.name(), u.level())).toList();
    }

    @Schema(description = "用人单位")
    record UnitEntry(@Schema(description = "代码", example = "650100001") String code,
                     @Schema(description = "名称") String name,
                     @Schema(description = "单位归属", example = "REGION") String level) {
    }
}
