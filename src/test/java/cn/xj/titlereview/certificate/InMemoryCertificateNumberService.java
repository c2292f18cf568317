package cn.xj.titlereview.certificate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Certificate numbers kept in memory, for process tests without a database. */
public class InMemoryCertificateNumberService implements CertificateNumberService {

    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();
    private final Map<String, String> numbersByApplication = new ConcurrentHashMap<>();

    @Override
    public String issue(CertificateRequest request) {
        return numbersByApplication.computeIfAbsent(request.applicationNo(), applicationNo -> {
            String prefix = CertificateNumberFormat.prefix(request);
            long sequence = sequences.computeIfAbsent(prefix, p -> new AtomicLong()).incrementAndGet();
            return CertificateNumberFormat.number(prefix, sequence);
        });
    }
}
