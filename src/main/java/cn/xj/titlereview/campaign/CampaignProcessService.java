package cn.xj.titlereview.campaign;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import cn.xj.titlereview.identity.DemoDirectory.Committee;
import cn.xj.titlereview.identity.DemoDirectory.EmployerUnit;
import cn.xj.titlereview.identity.OrganisationDirectory;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Fact;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeDefinition.DeclarationEndRequirement;
import cn.xj.titlereview.notice.NoticeFlow;
import cn.xj.titlereview.notice.NoticeService;

/**
 * Starts the notice's process for a submitted application: the notice's parameters
 * ({@link NoticeService#processParameters}) plus who handles it (unit, competent department,
 * committee and its experts, HR bureau) from the organisation directory. Business key = application number.
 */
@Service
public class CampaignProcessService {

    private final RuntimeService runtimeService;
    private final NoticeService notices;
    private final OrganisationDirectory organisations;

    public CampaignProcessService(RuntimeService runtimeService, NoticeService notices,
                                  OrganisationDirectory organisations) {
        this.runtimeService = runtimeService;
        this.notices = notices;
        this.organisations = organisations;
    }

    public ProcessInstance start(ApplicationProcessStart start) {
        return runtimeService.startProcessInstanceByKey(start.noticeId(), start.applicationNo(), variables(start));
    }

    /** The start variables (see the process contract in the README); public for tests and simulations. */
    public Map<String, Object> variables(ApplicationProcessStart start) {
        NoticeDefinition notice = notices.definition(start.noticeId());
        EmployerUnit unit = organisations.employerUnit(start.unitCode())
                .orElseThrow(() -> new CampaignStartException("unitCode", "用人单位 " + start.unitCode() + " 不在组织机构目录中"));
        ApplicationFacts facts = (start.facts() == null ? ApplicationFacts.none() : start.facts())
                .withLevel(start.level()).withSeries(start.series()).withSpecialty(start.specialty());

        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("applicationNo", start.applicationNo());
        variables.put("noticeId", start.noticeId());
        variables.put("level", start.level().name());
        variables.put("series", start.series());
        variables.put("specialty", start.specialty());
        variables.put("applicantUserId", start.applicantUserId());
        variables.put("unitGroup", RoleGroups.unit(unit.code()));
        variables.put("competentGroup", RoleGroups.competent(unit.competent()));
        variables.put("unitLevel", unit.level());
        variables.put("villageWork", facts.holds(Fact.VILLAGE_WORK));
        variables.put("submissionCount", 1);
        variables.put("hrbGroup", RoleGroups.hrBureau(organisations.hrBureauFor(notice.id())
                .orElseThrow(() -> new CampaignStartException("noticeId", "通知 " + notice.id() + " 没有负责审核确认的人社部门"))
                .code()));
        if (notice.flow() == NoticeFlow.TITLE_REVIEW) {
            Committee committee = organisations.committeeFor(notice.id())
                    .orElseThrow(() -> new CampaignStartException("noticeId", "通知 " + notice.id() + " 没有对应的评审委员会"));
            variables.put("committeeGroup", RoleGroups.committee(committee.code()));
            variables.put("expertGroup", RoleGroups.experts(committee.code()));
            variables.put("expertUserIds", String.join(",", organisations.expertIds(committee)));
        }
        if (notice.submission().declarationEndRequires() == DeclarationEndRequirement.COMMITTEE_RECEIVED) {
            // Akesu: the application must have reached the committee by the declaration close
            variables.put("declarationClosesAt",
                    Date.from(notice.windows().declaration().end().atZone(notice.zone()).toInstant()));
        }
        variables.putAll(notices.processParameters(notice.id(), facts).toVariables());
        return variables;
    }
}
