package cn.xj.titlereview.document.source;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.calendar.WorkdayCalendar;
import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.process.ProcessVariable;
import cn.xj.titlereview.process.ResultPublicityProcess;

/**
 * What documents read of an application's processes (all instances with its number as business key,
 * from the engine's history): when its publicities started and end, and which tasks it has reached.
 * A publicity ends where its timer fires: {@code workdays.afterWorkingDays(start, days)} of the same
 * {@link WorkdayCalendar} bean, from the start instant the stage recorded.
 */
@Component
public class ProcessFacts {

    /** A publicity: published at {@code startedAt}, {@code workingDays} working days, ends at {@code endsAt}. */
    public record Publicity(Date startedAt, int workingDays, Date endsAt, LocalDate startDate, LocalDate endDate) {
    }

    private final HistoryService historyService;
    private final IdentityService identityService;
    private final WorkdayCalendar workdays;

    public ProcessFacts(HistoryService historyService, IdentityService identityService, WorkdayCalendar workdays) {
        this.historyService = historyService;
        this.identityService = identityService;
        this.workdays = workdays;
    }

    /** The latest unit publicity (a return and a new unit review start another). */
    public Optional<Publicity> unitPublicity(String applicationNo) {
        return publicity(applicationNo, CampaignVariables.UNIT_PUBLICITY_STARTED_AT, null,
                CampaignVariables.PUBLICITY_WORKING_DAYS);
    }

    public Optional<Publicity> resultPublicity(String applicationNo) {
        return publicity(applicationNo, ResultPublicityProcess.RESULT_PUBLICITY_STARTED_AT,
                ResultPublicityProcess.RESULT_PUBLICITY_WORKING_DAYS, ResultPublicityProcess.PUBLICITY_WORKING_DAYS);
    }

    /** Whether the application has had a task of that key, open or done. */
    public boolean reached(String applicationNo, String taskKey) {
        return asSystem(() -> historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(applicationNo)
                .taskDefinitionKey(taskKey).count() > 0);
    }

    /** A string variable of the application's notice process (the root instance). */
    public Optional<String> rootVariable(String applicationNo, ProcessVariable<String> variable) {
        return asSystem(() -> {
            HistoricProcessInstance root = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(applicationNo).rootProcessInstances().list().stream()
                    .max(Comparator.comparing(HistoricProcessInstance::getStartTime)).orElse(null);
            if (root == null) {
                return Optional.empty();
            }
            return historyService.createHistoricVariableInstanceQuery().processInstanceId(root.getId())
                    .variableName(variable.name()).disableBinaryFetching().list().stream()
                    .filter(v -> root.getId().equals(v.getExecutionId()) && v.getValue() instanceof String)
                    .map(v -> (String) v.getValue()).findFirst();
        });
    }

    private Optional<Publicity> publicity(String applicationNo, ProcessVariable<Date> started,
                                          ProcessVariable<Integer> ownDays, ProcessVariable<Integer> defaultDays) {
        return asSystem(() -> {
            List<String> instances = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(applicationNo).list().stream().map(HistoricProcessInstance::getId).toList();
            if (instances.isEmpty()) {
                return Optional.<Publicity>empty();
            }
            HistoricVariableInstance start = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(instances.toArray(String[]::new)).variableName(started.name())
                    .disableBinaryFetching().list().stream().filter(v -> v.getValue() instanceof Date)
                    .max(Comparator.comparing(v -> (Date) v.getValue())).orElse(null);
            if (start == null) {
                return Optional.<Publicity>empty();
            }
            Integer days = ownDays == null ? null : integer(start.getProcessInstanceId(), ownDays);
            if (days == null) {
                days = integer(start.getProcessInstanceId(), defaultDays);
            }
            if (days == null) {
                return Optional.<Publicity>empty();
            }
            Date startedAt = (Date) start.getValue();
            Date endsAt = workdays.afterWorkingDays(startedAt, days);
            return Optional.of(new Publicity(startedAt, days, endsAt, workdays.beijingDate(startedAt),
                    workdays.beijingDate(endsAt)));
        });
    }

    private Integer integer(String processInstanceId, ProcessVariable<Integer> variable) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(variable.name()).disableBinaryFetching().list().stream()
                .map(HistoricVariableInstance::getValue).filter(Integer.class::isInstance).map(Integer.class::cast)
                .findFirst().orElse(null);
    }

    /** History reads for the product itself: the caller's rights were checked before. */
    private <T> T asSystem(Supplier<T> work) {
        Authentication saved = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (saved != null) {
                identityService.setAuthentication(saved);
            }
        }
    }
}
