/**
 * The organisation directory in the database (组织机构目录): regions (GB/T 2260), HR bureaus, competent
 * departments, employer units (统一社会信用代码 checked by GB 32100) and evaluation committees. Seeded from the
 * organisation files when empty, changed by the HR bureaus through {@code /api/directory} and the page
 * {@code /directory/} (their own region's part, by hand or from an .xlsx sheet), read by everyone through the
 * cached {@link cn.xj.titlereview.identity.OrganisationDirectory}, which follows the change token.
 */
package cn.xj.titlereview.directory;
