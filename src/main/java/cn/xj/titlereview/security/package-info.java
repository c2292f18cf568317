/**
 * Security of the product API and of ID numbers: HTTP Basic against the Camunda identity on
 * {@code /api/*} ({@link cn.xj.titlereview.security.ApiAuthenticationFilter}, 401 JSON in Chinese),
 * the caller as {@link cn.xj.titlereview.security.ApiUser}, and the AES-GCM encryption and blind
 * index of ID numbers ({@link cn.xj.titlereview.security.IdNumberCrypto}) with its key
 * {@code titlereview.crypto.id-number-key}, which the {@code mysql} profile requires
 * ({@link cn.xj.titlereview.security.IdNumberKeyCheck}).
 */
package cn.xj.titlereview.security;
