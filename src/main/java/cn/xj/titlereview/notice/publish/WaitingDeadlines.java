package cn.xj.titlereview.notice.publish;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeDefinition.Window;
import cn.xj.titlereview.notice.NoticeDefinition.Windows;
import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.process.PaperMaterialsProcess;
import cn.xj.titlereview.process.PaymentProcess;
import cn.xj.titlereview.process.ProcessVariable;

/**
 * A published version that moves one of the notice's deadlines later (a correction the notice may make after its
 * declaration opened) moves it for the applications already waiting on it too: the deadline variable the
 * application started with ({@code declarationClosesAt}, {@code paymentDeadline}, {@code paperDeadline}) and the
 * timer waiting for it. Only where the instance still holds the old deadline (so an application never gets an
 * earlier one, and a timer already past has fired). Rule changes and earlier dates do not reach running
 * applications: they keep the version they started with. Runs in the publication's transaction.
 */
@Component
class WaitingDeadlines {

    private static final Logger log = LoggerFactory.getLogger(WaitingDeadlines.class);

    private record Deadline(ProcessVariable<Date> variable, Function<Windows, Window> window) {
    }

    private static final List<Deadline> DEADLINES = List.of(
            new Deadline(CampaignVariables.DECLARATION_CLOSES_AT, Windows::declaration),
            new Deadline(PaymentProcess.PAYMENT_DEADLINE, Windows::payment),
            new Deadline(PaperMaterialsProcess.PAPER_DEADLINE, Windows::paperMaterials));

    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    WaitingDeadlines(RuntimeService runtimeService, ManagementService managementService) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    /** The moves made, one line each ("paymentDeadline: 3 个申报, 2 个计时器"). */
    List<String> moveLater(NoticeDefinition before, NoticeDefinition after) {
        List<String> moved = new ArrayList<>();
        if (before == null || before.windows() == null || after.windows() == null) {
            return moved;
        }
        java.util.Map<String, String> instances = null;
        for (Deadline deadline : DEADLINES) {
            Instant from = end(before, deadline);
            Instant to = end(after, deadline);
            if (from == null || to == null || !to.isAfter(from)) {
                continue;
            }
            if (instances == null) {
                instances = instancesOf(after.id());
            }
            if (instances.isEmpty()) {
                return moved;
            }
            Date old = Date.from(from);
            Date later = Date.from(to);
            int variables = 0;
            int timers = 0;
            Set<String> applications = new LinkedHashSet<>();
            for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
                    .processInstanceIdIn(instances.keySet().toArray(String[]::new))
                    .variableName(deadline.variable().name()).list()) {
                if (variable.getValue() instanceof Date value && value.getTime() == old.getTime()) {
                    runtimeService.setVariable(variable.getExecutionId(), deadline.variable().name(), later);
                    variables++;
                    applications.add(instances.get(variable.getProcessInstanceId()));
                    for (Job job : managementService.createJobQuery().processInstanceId(variable.getProcessInstanceId())
                            .timers().list()) {
                        if (job.getDuedate() != null && job.getDuedate().getTime() == old.getTime()) {
                            managementService.setJobDuedate(job.getId(), later);
                            timers++;
                        }
                    }
                }
            }
            if (variables > 0) {
                moved.add(deadline.variable().name() + "：" + applications.size() + " 个申报（" + variables + " 处流程变量，"
                        + timers + " 个计时器）");
                log.info("通知 {} 的 {} 推后至 {}：已为 {} 个等待中的申报顺延（流程变量 {} 处，计时器 {} 个）", after.id(),
                        deadline.variable().name(), to, applications.size(), variables, timers);
            }
        }
        return moved;
    }

    /** Every running instance of the notice's applications: the notice's own and the stages they call. */
    private java.util.Map<String, String> instancesOf(String noticeId) {
        Set<String> businessKeys = new LinkedHashSet<>();
        for (ProcessInstance root : runtimeService.createProcessInstanceQuery()
                .variableValueEquals(CampaignVariables.NOTICE_ID.name(), noticeId).list()) {
            businessKeys.add(root.getBusinessKey());
        }
        java.util.Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (String businessKey : businessKeys) {
            if (businessKey == null) {
                continue;
            }
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
                    .forEach(instance -> ids.put(instance.getId(), businessKey));
        }
        return ids;
    }

    private static Instant end(NoticeDefinition notice, Deadline deadline) {
        Window window = deadline.window().apply(notice.windows());
        LocalDateTime end = window == null ? null : window.end();
        return end == null ? null : end.atZone(Objects.requireNonNullElse(notice.zone(),
                java.time.ZoneId.of("Asia/Shanghai"))).toInstant();
    }
}
