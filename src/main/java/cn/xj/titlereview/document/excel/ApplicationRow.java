package cn.xj.titlereview.document.excel;

import java.time.Instant;

/** One application as the lists show it (from the {@code application} table; never a draft). */
record ApplicationRow(long id, String applicationNo, String name, String unitCode, String series, String specialty,
                      String level, String status, int submissionCount, String processInstanceId,
                      Instant createdAt, Instant submittedAt, Instant updatedAt) {
}
