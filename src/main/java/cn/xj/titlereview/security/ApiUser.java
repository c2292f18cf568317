package cn.xj.titlereview.security;

import java.util.Set;

/** The person behind an API call: Camunda user id and the ids of their Camunda groups. */
public record ApiUser(String userId, Set<String> groups) {

    public ApiUser {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    public boolean isMemberOf(String groupId) {
        return groups.contains(groupId);
    }

    /** Member of any group whose id starts with the prefix (e.g. {@code hrb}). */
    public boolean isMemberOfAny(String groupPrefix) {
        return groups.stream().anyMatch(g -> g.startsWith(groupPrefix));
    }
}
