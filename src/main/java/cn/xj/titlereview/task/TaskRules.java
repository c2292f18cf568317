package cn.xj.titlereview.task;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.process.CommitteeVoteProcess;

/**
 * The rules every task operation keeps, in the product API and in the engine's listeners alike: a task
 * moves only within the office that holds it (the office group among its candidate groups), and an
 * expert's vote is never handed to anyone (评审专家不得委托).
 */
final class TaskRules {

    static final String EXPERT_VOTE_REFUSAL = "评审专家的投票任务不得转办、委派或加签，只能由本人投票（评审专家不得委托）";

    private TaskRules() {
    }

    /** The office groups among the task's candidate groups (one in every model of the product). */
    static List<String> officeGroups(Collection<? extends IdentityLink> links) {
        return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).filter(RoleGroups::isOfficeGroup)
                .distinct().toList();
    }

    static List<String> candidateUsers(Collection<? extends IdentityLink> links) {
        return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLink::getUserId).filter(Objects::nonNull).distinct().toList();
    }

    static List<String> candidateGroups(Collection<? extends IdentityLink> links) {
        return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).distinct().toList();
    }

    static boolean isExpertVote(String taskDefinitionKey) {
        return CommitteeVoteProcess.EXPERT_VOTE.equals(taskDefinitionKey);
    }

    static String outsideGroup(String user, List<String> groups) {
        return "用户 " + user + " 不是本单位（" + String.join("、", groups) + "）的成员：任务只能在本单位内转办、委派或加签";
    }
}
