package cn.xj.titlereview.certificate;

/** Issues certificate numbers (证书编号). */
public interface CertificateNumberService {

    /**
     * Issues the certificate number of a confirmed application, unique across all applications
     * even when issued concurrently. Asking again for the same application returns the number it
     * already has, so a retried job never issues a second one.
     */
    String issue(CertificateRequest request);
}
