package cn.xj.titlereview.task;

import java.util.List;

/**
 * A task as the operations see it: who holds it ({@code assignee}), whose it is when delegated
 * ({@code owner}, {@code delegationState} PENDING or RESOLVED), its added reviewers (加签) with their opinions
 * and the comments written on it.
 */
public record TaskView(String id, String taskKey, String name, String assignee, String owner, String delegationState,
                       boolean completed, List<Reviewer> reviewers, List<String> comments) {

    public TaskView {
        reviewers = List.copyOf(reviewers);
        comments = List.copyOf(comments);
    }

    /** An added reviewer: the sub-task, the user, whether the opinion was given, and the opinion. */
    public record Reviewer(String taskId, String user, boolean answered, String opinion) {
    }
}
