package cn.xj.titlereview.eligibility;

import java.time.LocalDate;
import java.util.Optional;

import cn.xj.titlereview.campaign.PathRules;
import cn.xj.titlereview.declaration.CurrentTitle;
import cn.xj.titlereview.declaration.PrivateTrackGroup;
import cn.xj.titlereview.notice.EmployerType;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.notice.NoticeDefinition.AidXinjiang;
import cn.xj.titlereview.notice.NoticeDefinition.DirectRecognition;
import cn.xj.titlereview.notice.NoticeDefinition.PrivateEnterpriseTrack;

/**
 * The notices' special pathways: direct recognition after village work (直接认定, the same DMN table as its
 * process), delegated evaluation on a letter (委托评审), aid-Xinjiang staff (援疆) and the private-enterprise track.
 */
final class SpecialPathwayRules extends RuleFamily {

    SpecialPathwayRules(EligibilityCheck check) {
        super(check);
    }

    @Override
    public void apply() {
        if (directRecognition && check.inScope && c.level() != null) {
            directRecognitionConditions();   // 直接认定 replaces the review's years, continuing education and assessments
        }
        delegation();
        aidXinjiang();
        privateTrack();
    }

    private void delegation() {
        if (!situation.delegated() || directRecognition) {
            return;
        }
        if (situation.delegatedToCommittee() == null) {
            fix("situation.delegatedToCommittee", "必填", PathRules.COMMITTEE_MISSING + "（委托评审函所指定的评审委员会）",
                    delegationClause(in.delegation().outbound()));
        }
    }

    /**
     * The conditions of direct recognition, decided by the same table as the direct-recognition
     * process ({@code direct-recognition-eligibility}): three consecutive years of village work since
     * the current title, three consecutive years rated 优秀, a title below 正高级, not a specialty filled
     * by exam; and the level applied for is the next one. Facts the form lacks are fixable; unmet
     * conditions are final.
     */
    private void directRecognitionConditions() {
        String clause = EligibilityRules.directRecognitionPolicy(notice).map(DirectRecognition::clause).orElse(null);
        CurrentTitle title = c.currentTitle();
        if (title == null || title.none() || title.level() == null) {
            return;   // refused when saved ("无") or reported by the completeness check
        }
        Level current = title.level();
        if (current != Level.SENIOR_FULL) {
            PathRules.nextLevelRefused(current, level())
                    .ifPresent(message -> fix("level", PathRules.RULE, message, clause));
        }
        if (situation.villageWork() == null) {
            fix("situation.villageWork", "必答", "直接认定请回答是否参加“访惠聚”驻村等基层服务工作", clause);
            return;
        }
        Optional<VillageWorkRecord> record = VillageWorkRecord.of(c, notice.year(), cutoff);
        if (record.isEmpty()) {
            fix("situation.villageWorkFrom", "必填", "直接认定请填写“访惠聚”驻村等基层服务工作的起始日期"
                    + "（结束日期：仍在驻村的不填）", clause);
            return;
        }
        VillageWorkRecord village = record.get();
        boolean ratingsMissing = !village.missingAssessmentYears().isEmpty();
        if (ratingsMissing) {
            fix("annualAssessments", "年度考核", "直接认定须填写驻村期间各年度的考核结果：缺少"
                    + VillageWorkRecord.yearList(village.missingAssessmentYears()) + "度", clause);
        }
        boolean examFilled = decisions.examBased(c.series(), c.specialty(), level()).isPresent();
        for (var verdict : decisions.directRecognition(current, village.years(), village.excellentYears(), examFilled)) {
            if (verdict.met() || ratingsMissing && "EXCELLENT_YEARS".equals(verdict.condition())) {
                continue;
            }
            switch (String.valueOf(verdict.condition())) {
                case "VILLAGE_WORK_YEARS" -> fail("situation.villageWorkFrom", EligibilityRules.DIRECT_RECOGNITION_RULE, verdict.reason()
                        + "（自" + village.countedFrom() + "至" + village.countedTo() + "）", clause);
                case "EXCELLENT_YEARS" -> fail("annualAssessments", EligibilityRules.DIRECT_RECOGNITION_RULE, verdict.reason()
                        + "（驻村期间" + VillageWorkRecord.yearList(village.assessmentYears()) + "度的考核结果）", clause);
                case "CURRENT_LEVEL" -> fail("currentTitle.level", EligibilityRules.DIRECT_RECOGNITION_RULE, verdict.reason(), clause);
                case "EXAM_FILLED_SPECIALTY" -> fail("specialty", EligibilityRules.DIRECT_RECOGNITION_RULE, c.series() + c.specialty()
                        + "：" + verdict.reason(), clause);
                default -> fail("situation.directRecognition", EligibilityRules.DIRECT_RECOGNITION_RULE, verdict.reason(), clause);
            }
        }
    }

    /** Aid-Xinjiang staff: a posting of at least the notice's years, still running, begun before its date. */
    private void aidXinjiang() {
        if (!Boolean.TRUE.equals(situation.aidXinjiang())) {
            return;
        }
        Optional<AidXinjiang> policy = notice.specialPolicies().stream()
                .filter(AidXinjiang.class::isInstance).map(AidXinjiang.class::cast).findFirst();
        if (policy.isEmpty()) {
            return;
        }
        String clause = policy.get().clause();
        LocalDate from = situation.aidPostingFrom();
        LocalDate to = situation.aidPostingTo();
        if (from == null || to == null) {
            fix("situation.aidPostingFrom", "必填", "援疆专业技术人员须填写援疆报到日期和援派期满日期", clause);
            return;
        }
        Integer minYears = policy.get().minPostingYears();
        if (minYears != null && from.plusYears(minYears).isAfter(to)) {
            fail("situation.aidPostingTo", "援派期", "援派期须满" + minYears + "年（" + from + "至" + to + "）", clause);
        }
        if (in.today().isBefore(from) || in.today().isAfter(to)) {
            fail("situation.aidPostingTo", "援疆期间", "须正在援疆期间申报（援派期" + from + "至" + to + "）", clause);
        }
        LocalDate arrivedBefore = policy.get().arrivedBefore();
        if (arrivedBefore != null && !from.isBefore(arrivedBefore)) {
            fail("situation.aidPostingFrom", "报到日期", "援疆专业技术人员须在" + arrivedBefore + "前报到（报到日期"
                    + from + "）", clause);
        }
    }

    /**
     * Private-enterprise staff and freelancers, where the notice has a private-enterprise track:
     * one of its groups, and a posting from outside Xinjiang of at least its years.
     */
    private void privateTrack() {
        if (c.employerType() != EmployerType.PRIVATE && c.employerType() != EmployerType.FREELANCE) {
            return;
        }
        Optional<PrivateEnterpriseTrack> track = notice.specialPolicies().stream()
                .filter(PrivateEnterpriseTrack.class::isInstance).map(PrivateEnterpriseTrack.class::cast).findFirst();
        if (track.isEmpty()) {
            return;
        }
        String clause = track.get().clause();
        PrivateTrackGroup group = situation.privateTrackGroup();
        if (group == null) {
            fix("situation.privateTrackGroup", "必答", "民营企业、自由职业专业技术人员请选择所属人员类别（"
                    + String.join("；", track.get().eligibleGroups()) + "）", clause);
        } else if (group == PrivateTrackGroup.NONE) {
            fail("situation.privateTrackGroup", "申报范围", "民营企业专项评审只受理："
                    + String.join("；", track.get().eligibleGroups()), clause);
        } else if (group == PrivateTrackGroup.POSTED_FROM_OUTSIDE) {
            LocalDate since = situation.postedInAreaSince();
            Integer minYears = track.get().minPostingYears();
            if (since == null) {
                fix("situation.postedInAreaSince", "必填", "疆外民营企业派驻人员请填写派驻本地区的起始日期", clause);
            } else if (minYears != null && since.plusYears(minYears).isAfter(in.today())) {
                fail("situation.postedInAreaSince", "派驻年限", "疆外民营企业派驻本地区须连续工作满" + minYears
                        + "年（自" + since + "起）", clause);
            }
        }
    }
}
