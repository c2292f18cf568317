/**
 * One descriptor per notice process ({@code notice-<year>-<slug>}, and {@code <notice id>-direct-recognition}
 * per path): its key, model file and the stages in the order the notice calls them. A new year's notice adds
 * its descriptor here, beside the notice file in {@code config/notices/}.
 */
package cn.xj.titlereview.notice.process;
