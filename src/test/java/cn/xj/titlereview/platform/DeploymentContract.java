package cn.xj.titlereview.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.notice.LoadedNotice;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticeDefinition.DirectRecognition;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.process.DirectRecognitionProcess;

/**
 * Everything under processes/ is deployed at start-up, and nothing a model refers to is missing:
 * every called process, every decision and every Camunda Form (the starter does not deploy .form
 * files unless told to).
 */
abstract class DeploymentContract {

    static final List<String> NOTICES = List.of("notice-2024-xj-senior-five-series", "notice-2021-xj-nonferrous",
            "notice-2024-akesu-coal", "notice-2023-hami-all-series", "notice-2024-hejing-initial-junior",
            "notice-2021-xj-nonferrous-direct-recognition", "notice-2023-hami-all-series-direct-recognition");

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    NoticeCatalog notices;

    @Test
    void everyNoticeHasItsProcessDeployed() {
        for (String notice : NOTICES) {
            assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(notice).latestVersion()
                    .singleResult()).as("process of %s", notice).isNotNull();
        }
    }

    /** A notice granting 直接认定 without its path deployed would refuse every such application at the start. */
    @Test
    void everyNoticeThatGrantsDirectRecognitionHasItsPathDeployed() {
        List<String> granting = notices.all().stream().map(LoadedNotice::definition)
                .filter(notice -> notice.specialPolicies().stream().anyMatch(DirectRecognition.class::isInstance))
                .map(NoticeDefinition::id).toList();

        assertThat(granting).contains("notice-2021-xj-nonferrous", "notice-2023-hami-all-series");
        for (String notice : granting) {
            assertThat(repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(DirectRecognitionProcess.keyOf(notice)).latestVersion().singleResult())
                    .as("direct-recognition path of %s", notice).isNotNull();
        }
    }

    @Test
    void everyReferencedProcessDecisionAndFormIsDeployed() throws Exception {
        Set<String> forms = deployedFormIds();
        assertThat(forms).isNotEmpty();
        int references = 0;
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(call.getCalledElement())
                        .count()).as("%s calls %s", where(definition, call), call.getCalledElement()).isPositive();
                references++;
            }
            for (BusinessRuleTask rule : model.getModelElementsByType(BusinessRuleTask.class)) {
                String decision = rule.getCamundaDecisionRef();
                assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(decision).count())
                        .as("%s evaluates %s", where(definition, rule), decision).isPositive();
                references++;
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String formRef = task.getCamundaFormRef();
                assertThat(formRef).as("%s has a Camunda Form", where(definition, task)).isNotBlank();
                assertThat(forms).as("%s shows form %s", where(definition, task), formRef).contains(formRef);
                references++;
            }
        }
        assertThat(references).isGreaterThan(20);
    }

    private Set<String> deployedFormIds() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        for (var deployment : repositoryService.createDeploymentQuery().list()) {
            for (Resource resource : repositoryService.getDeploymentResources(deployment.getId())) {
                if (resource.getName().endsWith(".form")) {
                    try (InputStream in = repositoryService.getResourceAsStream(deployment.getId(), resource.getName())) {
                        ids.add(json.readTree(in).path("id").asText());
                    }
                }
            }
        }
        return ids;
    }

    private static String where(ProcessDefinition definition, BaseElement element) {
        return definition.getKey() + "/" + element.getId();
    }
}
