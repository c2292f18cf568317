package cn.xj.titlereview.certificate;

/**
 * What a certificate number is made of: the application it belongs to, the notice (its year),
 * the level and the confirming HR bureau's group (its administrative division code).
 */
public record CertificateRequest(String applicationNo, String noticeId, String level, String hrbGroup) {
}
