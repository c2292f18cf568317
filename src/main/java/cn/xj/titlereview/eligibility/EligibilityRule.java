package cn.xj.titlereview.eligibility;

/**
 * One family of the notices' conditions. It reads the application under check and adds a problem for each
 * unmet condition, every problem naming the notice clause (or national rule) it rests on and whether a
 * revision can fix it.
 */
interface EligibilityRule {

    void apply();
}
