package cn.xj.titlereview.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xj.titlereview.support.DemoUsers;
import cn.xj.titlereview.support.EngineRest;

/**
 * Task lists give the same tasks with {@link TaskListQueryPlugin}'s form of the authorization check as with the
 * engine's own, on the same data, for every way a task becomes visible: a candidate group's per-task grant (two
 * offices), a task assigned to its user (a standalone sub-task, as 加签 makes), a grant on a whole process definition
 * ({@code READ_TASK}) and a {@code '*'} grant on every task; and for a user without grants, only a case task (the
 * engine shows CMMN tasks to everyone). Each is asked as the
 * engine's API asks (list sorted and paged, count, candidate-group, assignee, name and "or" queries) and as Tasklist
 * asks engine REST ({@code /task}, {@code /task/count}, the filter 全部任务). Run on H2 ({@link TaskListQueryH2Test})
 * and MariaDB ({@link TaskListQueryMariaDbIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TaskListQueryContract {

    static final String PROCESS = "task_list_query_check";
    static final String UNIT_GROUP = "unit650100001";
    static final String COMMITTEE_GROUP = "committee650101";
    static final String OTHER_GROUP = "unit650500001";
    static final String DEFINITION_READER = "tlq_definition_reader";
    static final String STAR_READER = "tlq_star_reader";
    static final String NOBODY = "tlq_nobody";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskListQueryPlugin plugin;
    @Autowired
    TestRestTemplate rest;

    TaskService tasks;
    IdentityService identity;
    AuthorizationService authorizations;
    final List<String> processInstances = new ArrayList<>();
    final List<String> standaloneTasks = new ArrayList<>();
    final List<String> grants = new ArrayList<>();
    String deployment;
    String caseDeployment;
    String caseInstance;

    /** A case with one human task: the engine shows case tasks to every user (no authorization on CMMN). */
    static final String CASE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <cmmn:definitions xmlns:cmmn="http://www.omg.org/spec/CMMN/20151109/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/cmmn" targetNamespace="http://titlereview.local/cmmn" id="defs">
              <cmmn:case id="task_list_query_case" name="待办查询核对案例" camunda:historyTimeToLive="1">
                <cmmn:casePlanModel id="plan" autoComplete="false">
                  <cmmn:planItem id="item_case_review" definitionRef="case_review"/>
                  <cmmn:humanTask id="case_review" name="核对：案例任务"/>
                </cmmn:casePlanModel>
              </cmmn:case>
            </cmmn:definitions>
            """;

    @BeforeAll
    void openTasks() {
        tasks = engine.getTaskService();
        identity = engine.getIdentityService();
        authorizations = engine.getAuthorizationService();
        RepositoryService repository = engine.getRepositoryService();
        deployment = repository.createDeployment().name("task list query check").addModelInstance(PROCESS + ".bpmn",
                Bpmn.createExecutableProcess(PROCESS).name("待办查询核对").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("check_review").name("核对：待办").camundaCandidateGroups("${group}").endEvent().done())
                .deploy().getId();
        RuntimeService runtime = engine.getRuntimeService();
        String[] groups = {UNIT_GROUP, COMMITTEE_GROUP, OTHER_GROUP};
        for (int i = 0; i < 12; i++) {
            processInstances.add(runtime.startProcessInstanceByKey(PROCESS, Map.of("group", groups[i % 3])).getId());
        }
        // a standalone task assigned to the unit reviewer, as 加签 makes one (the engine grants its assignee)
        Task subTask = tasks.newTask();
        subTask.setName("核对：加签意见");
        subTask.setAssignee("dwxj01");
        tasks.saveTask(subTask);
        standaloneTasks.add(subTask.getId());
        caseDeployment = repository.createDeployment().name("task list query case")
                .addString("task_list_query_case.cmmn", CASE).deploy().getId();
        caseInstance = engine.getCaseService().createCaseInstanceByKey("task_list_query_case").getId();
        grants.add(grant(DEFINITION_READER, Resources.PROCESS_DEFINITION, PROCESS, ProcessDefinitionPermissions.READ_TASK));
        grants.add(grant(STAR_READER, Resources.TASK, "*", Permissions.READ));
    }

    @AfterAll
    void closeTasks() {
        plugin.setEnabled(true);
        processInstances.forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "test over"));
        standaloneTasks.forEach(id -> tasks.deleteTask(id, true));
        grants.forEach(authorizations::deleteAuthorization);
        engine.getCaseService().terminateCaseExecution(caseInstance);
        engine.getRepositoryService().deleteDeployment(caseDeployment, true);
        engine.getRepositoryService().deleteDeployment(deployment, true);
    }

    String grant(String user, Resources resource, String resourceId, org.camunda.bpm.engine.authorization.Permission permission) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setUserId(user);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        return authorizations.saveAuthorization(authorization).getId();
    }

    /** The answers of one query as one user: ids of the whole list, of the first page of 5 (newest first) and the count. */
    record Answer(Set<String> all, List<String> firstPage, long count) {
    }

    Answer ask(String user, List<String> groups, Function<TaskService, TaskQuery> query) {
        identity.setAuthentication(user, groups);
        try {
            TaskQuery q = query.apply(tasks);
            return new Answer(ids(query.apply(tasks).listPage(0, 1000)),
                    query.apply(tasks).orderByTaskCreateTime().desc().orderByTaskId().asc().listPage(0, 5).stream()
                            .map(Task::getId).toList(),
                    q.count());
        } finally {
            identity.clearAuthentication();
        }
    }

    static Set<String> ids(List<Task> list) {
        return list.stream().map(Task::getId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The same question with and without the union; returns the answer (checked equal). */
    Answer bothWays(String user, List<String> groups, Function<TaskService, TaskQuery> query) {
        long before = plugin.rewrittenQueries();
        Answer union = ask(user, groups, query);
        assertThat(plugin.rewrittenQueries()).as("the union ran for " + user).isGreaterThan(before);
        plugin.setEnabled(false);
        try {
            Answer engineForm = ask(user, groups, query);
            assertThat(union).as("the same tasks for " + user).isEqualTo(engineForm);
        } finally {
            plugin.setEnabled(true);
        }
        return union;
    }

    Set<String> openTasksOf(String group) {
        return ids(tasks.createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroup(group).list());
    }

    @Test
    void everyWayATaskIsVisibleGivesTheSameTasksAsTheEngineForm() {
        Set<String> unitTasks = openTasksOf(UNIT_GROUP);
        Set<String> committeeTasks = openTasksOf(COMMITTEE_GROUP);
        Set<String> allCheckTasks = ids(tasks.createTaskQuery().processDefinitionKey(PROCESS).list());
        assertThat(unitTasks).hasSize(4);
        assertThat(allCheckTasks).hasSize(12);

        Function<TaskService, TaskQuery> mine = s -> s.createTaskQuery().processDefinitionKey(PROCESS);
        assertThat(bothWays("dwxj01", List.of(UNIT_GROUP), mine).all()).isEqualTo(unitTasks);
        assertThat(bothWays("pwxj01", List.of(COMMITTEE_GROUP), mine).all()).isEqualTo(committeeTasks);
        assertThat(bothWays(DEFINITION_READER, List.of(), mine).all()).isEqualTo(allCheckTasks);
        assertThat(bothWays(STAR_READER, List.of(), mine).all()).isEqualTo(allCheckTasks);
        assertThat(bothWays(NOBODY, List.of("tlq_no_group"), mine).all()).isEmpty();

        // the whole list (standalone tasks included), as the filter 全部任务 asks it
        Answer unitAll = bothWays("dwxj01", List.of(UNIT_GROUP), TaskService::createTaskQuery);
        String caseTask = tasks.createTaskQuery().caseInstanceId(caseInstance).singleResult().getId();
        assertThat(unitAll.all()).containsAll(unitTasks).contains(standaloneTasks.get(0), caseTask)
                .doesNotContainAnyElementsOf(committeeTasks);
        assertThat(bothWays(NOBODY, List.of("tlq_no_group"), TaskService::createTaskQuery).all()).containsExactly(caseTask);
        assertThat(unitAll.count()).isEqualTo(unitAll.all().size());
        bothWays(STAR_READER, List.of(), TaskService::createTaskQuery);
        bothWays("pwxj01", List.of(COMMITTEE_GROUP), TaskService::createTaskQuery);
    }

    @Test
    void filteredQueriesGiveTheSameTasks() {
        List<String> unit = List.of(UNIT_GROUP);
        bothWays("dwxj01", unit, s -> s.createTaskQuery().taskCandidateGroup(UNIT_GROUP));
        bothWays("dwxj01", unit, s -> s.createTaskQuery().taskCandidateGroupIn(List.of(UNIT_GROUP, OTHER_GROUP)));
        bothWays("dwxj01", unit, s -> s.createTaskQuery().taskAssignee("dwxj01"));
        bothWays("dwxj01", unit, s -> s.createTaskQuery().taskNameLike("核对%"));
        bothWays("dwxj01", unit, s -> s.createTaskQuery().taskCandidateGroup(UNIT_GROUP).includeAssignedTasks());
        Answer either = bothWays("dwxj01", unit, s -> s.createTaskQuery().or().taskAssignee("dwxj01")
                .taskCandidateGroup(UNIT_GROUP).endOr());
        assertThat(either.all()).contains(standaloneTasks.get(0)).containsAll(openTasksOf(UNIT_GROUP));
        bothWays(DEFINITION_READER, List.of(), s -> s.createTaskQuery().taskDefinitionKey("check_review"));
    }

    @Test
    void tasklistThroughEngineRestSeesTheSameTasks() throws Exception {
        long before = plugin.rewrittenQueries();
        Set<String> union = restTasks("dwxj01");
        assertThat(plugin.rewrittenQueries()).as("the union ran for every REST call").isGreaterThanOrEqualTo(before + 4);
        plugin.setEnabled(false);
        Set<String> engineForm;
        try {
            engineForm = restTasks("dwxj01");
        } finally {
            plugin.setEnabled(true);
        }
        assertThat(union).isEqualTo(engineForm).containsAll(openTasksOf(UNIT_GROUP)).contains(standaloneTasks.get(0))
                .doesNotContainAnyElementsOf(openTasksOf(COMMITTEE_GROUP));
    }

    /** The filter 全部任务's list and its count, and /task with its count, as the unit reviewer. */
    Set<String> restTasks(String user) {
        FilterService filters = engine.getFilterService();
        Filter all = filters.createFilterQuery().filterName("全部任务").singleResult();
        assertThat(all).as("the filter 全部任务 of camunda.bpm.filter.create").isNotNull();
        ResponseEntity<JsonNode> list = EngineRest.post(rest, user, DemoUsers.PASSWORD,
                "/engine-rest/filter/" + all.getId() + "/list?firstResult=0&maxResults=200", Map.of(), JsonNode.class);
        ResponseEntity<JsonNode> count = EngineRest.post(rest, user, DemoUsers.PASSWORD,
                "/engine-rest/filter/" + all.getId() + "/count", Map.of(), JsonNode.class);
        ResponseEntity<JsonNode> page = EngineRest.post(rest, user, DemoUsers.PASSWORD,
                "/engine-rest/task?firstResult=0&maxResults=200",
                Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))), JsonNode.class);
        ResponseEntity<JsonNode> taskCount = EngineRest.post(rest, user, DemoUsers.PASSWORD, "/engine-rest/task/count",
                Map.of(), JsonNode.class);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        Set<String> fromFilter = new TreeSet<>();
        list.getBody().forEach(t -> fromFilter.add(t.path("id").asText()));
        Set<String> fromTask = new TreeSet<>();
        page.getBody().forEach(t -> fromTask.add(t.path("id").asText()));
        assertThat(fromFilter).isEqualTo(fromTask);
        assertThat(count.getBody().path("count").asLong()).isEqualTo(fromFilter.size());
        assertThat(taskCount.getBody().path("count").asLong()).isEqualTo(fromTask.size());
        return fromTask;
    }
}
