package cn.xj.titlereview.certificate;

import static cn.xj.titlereview.process.HrConfirmProcess.APPLICATION_NO;
import static cn.xj.titlereview.process.HrConfirmProcess.CERTIFICATE_NO;
import static cn.xj.titlereview.process.HrConfirmProcess.HRB_GROUP;
import static cn.xj.titlereview.process.HrConfirmProcess.LEVEL;
import static cn.xj.titlereview.process.HrConfirmProcess.NOTICE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class IssueCertificateNumberDelegate implements JavaDelegate {

    private final CertificateNumberService certificateNumberService;

    public IssueCertificateNumberDelegate(CertificateNumberService certificateNumberService) {
        this.certificateNumberService = certificateNumberService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CertificateRequest request = new CertificateRequest(APPLICATION_NO.require(execution), NOTICE_ID.require(execution),
                LEVEL.require(execution), HRB_GROUP.require(execution));
        CERTIFICATE_NO.set(execution, certificateNumberService.issue(request));
    }
}
