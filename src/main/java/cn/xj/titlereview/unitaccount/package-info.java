/**
 * Unit accounts (单位账号): a unit registers itself ({@code POST /api/unit-registrations}: credit code, name, type,
 * level, region, competent department and a contact whose phone a code confirms), its competent department
 * approves or refuses it in Tasklist (process {@code unit-registration}); the approval writes the unit into the
 * directory with its group, the contact's Camunda user in that group and the contact marker in one transaction,
 * a refusal tells the contact the reasons. The contact then adds and removes the unit's reviewers
 * ({@code /api/units/{code}/reviewers}), Camunda users of the unit's group only.
 */
package cn.xj.titlereview.unitaccount;
