/**
 * The shared process vocabulary that every stage, notice and feature may use, and that depends on nothing of
 * the product: typed variables ({@link cn.xj.titlereview.process.ProcessVariable},
 * {@link cn.xj.titlereview.process.CampaignVariables}), outcomes ({@link cn.xj.titlereview.process.StageOutcome},
 * {@link cn.xj.titlereview.process.FinalStatus}, {@link cn.xj.titlereview.process.Decision}), the element ids
 * shared by the notice processes ({@link cn.xj.titlereview.process.NoticeProcessElements}) and one descriptor per
 * stage process ({@code <Stage>Process}: key, resource, element ids, the variables it reads and writes).
 *
 * <p>A variable is named only here: models, forms and Java read and write it through its descriptor
 * ({@code VariableNamesTest}).
 */
package cn.xj.titlereview.process;
