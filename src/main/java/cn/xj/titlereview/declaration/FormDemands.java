package cn.xj.titlereview.declaration;

/**
 * What the notice demands of one applicant's form, and on which clause: the notices' own rule for the
 * form as a whole ("对表中的栏目无填写内容的应注明“无”，不得留有空格"), and the sections a notice asks of
 * some applicants only. A section the notice waives for this applicant (continuing education after
 * village work or for a first-time private-enterprise applicant, Putonghua outside public institutions,
 * social insurance outside enterprises, education on the skilled-worker pathway) is not demanded: an
 * empty section is then no problem, a row that is given must still be complete. Built from the same facts
 * as the notice's conditions (package {@code eligibility}), so the form and the rules never disagree.
 *
 * @param formClause the clause of the notice's rule on filling in the form, cited by every blank field
 * @param education at least one row of 学历学位
 * @param continuingEducation at least one year of 继续教育
 * @param annualAssessments at least one year of 年度考核
 * @param putonghua the Putonghua grade ("无" is an answer)
 * @param socialInsurance the months of social insurance
 * @param workSummary the work summary (always demanded; its clause)
 * @param pledge the pledge (always demanded; its clause)
 * @param masking the masking of every page (always demanded; its clause)
 * @param skilledQualification the qualification of a skilled worker (demanded of skilled workers; its clause)
 */
public record FormDemands(String formClause, Demand education, Demand continuingEducation, Demand annualAssessments,
                          Demand putonghua, Demand socialInsurance, Demand workSummary, Demand pledge,
                          Demand masking, Demand skilledQualification) {

    /**
     * The rule of the senior notice, 第六条, which the non-ferrous (第四条第（二）款) and Hami (第五条第（二）款第1项)
     * notices share word for word: cited where no notice file is known.
     */
    public static final String BLANK_RULE = "对表中的栏目无填写内容的应注明“无”，不得留有空格";
    public static final String BLANK_RULE_SOURCE =
            "2024年度自治区正高级工程师、正高级经济师等5个系列（专业）职称评审工作申报注意事项第六条：" + BLANK_RULE;

    /** Whether a section is demanded of this applicant, and the clause that demands or waives it. */
    public record Demand(boolean required, String clause) {

        public static Demand required(String clause) {
            return new Demand(true, clause);
        }

        public static Demand waived(String clause) {
            return new Demand(false, clause);
        }
    }

    /** Every section demanded, each on the given clause: a notice the product has no file for. */
    public static FormDemands everything(String clause) {
        Demand all = Demand.required(clause);
        return new FormDemands(clause, all, all, all, all, all, all, all, all, all);
    }
}
