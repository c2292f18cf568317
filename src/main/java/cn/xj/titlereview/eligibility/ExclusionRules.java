package cn.xj.titlereview.eligibility;

import java.time.LocalDate;

import cn.xj.titlereview.notice.NoticeDefinition.Exclusion;

/**
 * Who may not apply: the groups each notice excludes (retired, civil servants, 参公, inside a discipline or
 * criminal-penalty period; notice file {@code exclusions}) and the register of bans after fraud (禁报、黑名单).
 */
final class ExclusionRules extends RuleFamily {

    ExclusionRules(EligibilityCheck check) {
        super(check);
    }

    @Override
    public void apply() {
        exclusions();
        ban();
    }

    private void exclusions() {
        for (Exclusion exclusion : notice.exclusions()) {
            String clause = exclusion.clause();
            String why = exclusion.description() != null ? exclusion.description()
                    : exclusion.group().label() + "不得申报";
            switch (exclusion.group()) {
                case RETIRED -> yesNo("situation.retired", situation.retired(), "是否为离退休人员", why, clause);
                case CIVIL_SERVANT -> yesNo("situation.civilServant", situation.civilServant(), "是否为公务员",
                        why, clause);
                case REFERENCE_CIVIL_SERVANT -> yesNo("situation.referenceCivilServant",
                        situation.referenceCivilServant(), "是否为参照公务员法管理的事业单位工作人员", why, clause);
                case DISCIPLINE_PERIOD -> period("situation.underDiscipline", "situation.disciplineEndsOn",
                        situation.underDiscipline(), situation.disciplineEndsOn(), "处分", why, clause);
                case CRIMINAL_PENALTY_PERIOD -> period("situation.underCriminalPenalty",
                        "situation.criminalPenaltyEndsOn", situation.underCriminalPenalty(),
                        situation.criminalPenaltyEndsOn(), "刑事处罚", why, clause);
                case BLACKLISTED, EXAM_BASED_SPECIALTY -> {
                    // bans are looked up for every notice (ban()), exam-based specialties by the DMN table
                }
            }
        }
    }

    private void yesNo(String field, Boolean answer, String question, String why, String clause) {
        if (answer == null) {
            fix(field, "必答", "请回答" + question, clause);
        } else if (answer) {
            fail(field, "不得申报", why, clause);
        }
    }

    private void period(String field, String endsOnField, Boolean under, LocalDate endsOn, String what, String why,
                        String clause) {
        if (under == null) {
            fix(field, "必答", "请回答是否在" + what + "影响期内", clause);
        } else if (under) {
            if (endsOn == null) {
                fix(endsOnField, "必填", "请填写" + what + "期截止日期", clause);
            } else if (!endsOn.isBefore(in.today())) {
                fail(field, "不得申报", why + "（" + what + "期至" + endsOn + "）", clause);
            }
        }
    }

    private void ban() {
        in.ban().ifPresent(ban -> {
            String clause = notice.fraudBan() != null && notice.fraudBan().clause() != null
                    ? notice.fraudBan().clause() : "《职称评审管理暂行规定》（人社部令第40号）第四十条";
            fail("idNumber", "禁报期", "因" + ban.reason() + "（" + ban.documentNo() + "）" + ban.endsOn()
                    + "前不得申报" + (ban.blacklisted() ? "，并已记入职称评审失信黑名单" : ""), clause);
        });
    }
}
