package cn.xj.titlereview.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.xj.titlereview.declaration.DeclarationFacts;
import cn.xj.titlereview.eligibility.EligibilityReport.MaterialStatus;
import cn.xj.titlereview.notice.ApplicationFacts;

/** The check of one application as the rule families share it: what they read and what they found. */
final class EligibilityCheck {

    final EligibilityRules.Input in;
    final ApplicationFacts facts;
    final EligibilityDecisions decisions;
    /** The date up to which years are counted: the notice's cut-off, else the end of its declaration window. */
    final LocalDate cutoff;
    /** The applicant chose direct recognition on a notice that has it: its conditions replace the review's. */
    final boolean directRecognition;
    final List<EligibilityProblem> problems = new ArrayList<>();
    /** Set by the scope family: series, specialty and level are the notice's (or a letter sends them out). */
    boolean inScope;
    /** Set by the materials family: the uploads the notice asks of this applicant. */
    List<MaterialStatus> materials = List.of();

    EligibilityCheck(EligibilityRules.Input in, EligibilityDecisions decisions) {
        this.in = in;
        this.facts = DeclarationFacts.of(in.content());
        this.decisions = decisions;
        this.cutoff = EligibilityRules.cutoff(in.notice(), in.today());
        this.directRecognition = in.content().situation().asksDirectRecognition()
                && EligibilityRules.directRecognitionPolicy(in.notice()).isPresent();
    }
}
