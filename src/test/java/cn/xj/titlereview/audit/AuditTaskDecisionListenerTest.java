package cn.xj.titlereview.audit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

class AuditTaskDecisionListenerTest {

    final AuditLog auditLog = mock(AuditLog.class);
    final AuditTaskDecisionListener listener = new AuditTaskDecisionListener(auditLog);

    @Test
    void aVoteIsRecordedAsCastWithoutItsContent() {
        DelegateTask task = task("expert_vote", "pwxj01");
        when(task.getVariable("vote")).thenReturn("AGAINST");
        when(task.getVariableLocal("vote")).thenReturn("AGAINST");
        when(task.getVariable("decision")).thenReturn("APPROVE");

        listener.notify(task);

        verify(auditLog).decision(eq("pwxj01"), eq(AuditAction.VOTE_CAST), eq("2024000001"),
                argThat(detail -> !detail.contains("AGAINST") && !detail.contains("APPROVE") && detail.contains("已投票")));
        verify(task, never()).getVariable("vote");
        verify(task, never()).getVariableLocal("vote");
    }

    @Test
    void aReviewDecisionIsRecordedWithTheDecisionOnly() {
        DelegateTask task = task("unit_review", "dwxj01");
        when(task.getVariable("decision")).thenReturn("REJECT");
        when(task.getVariable("comment")).thenReturn("材料不实");

        listener.notify(task);

        verify(auditLog).decision(eq("dwxj01"), eq(AuditAction.TASK_DECISION), eq("2024000001"),
                argThat(detail -> detail.contains("unit_review") && detail.contains("REJECT") && !detail.contains("材料不实")));
        verify(auditLog, never()).view(any(), any(), any(), any());
    }

    private static DelegateTask task(String key, String assignee) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getTaskDefinitionKey()).thenReturn(key);
        when(task.getAssignee()).thenReturn(assignee);
        when(task.getVariable("applicationNo")).thenReturn("2024000001");
        return task;
    }
}
