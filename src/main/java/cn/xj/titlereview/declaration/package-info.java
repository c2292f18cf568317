/**
 * What a person declares (申报内容): {@link cn.xj.titlereview.declaration.ApplicationContent} and its value types
 * (education, current title, work history, achievements, papers, continuing education and assessments per
 * year, the situation questions, the pledge), the form the API and the pages send
 * ({@link cn.xj.titlereview.declaration.ApplicationForm}) and its reader with every problem at once, the
 * completeness check before a submission ({@link cn.xj.titlereview.declaration.SubmissionCheck}), ID numbers
 * (GB 11643), and the facts the notice conditions read ({@link cn.xj.titlereview.declaration.DeclarationFacts}).
 *
 * <p>Depends on nothing of the application record, its checks or the engine: the application stores a
 * declaration, the eligibility rules read one.
 */
package cn.xj.titlereview.declaration;
