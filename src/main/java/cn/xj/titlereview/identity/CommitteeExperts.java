package cn.xj.titlereview.identity;

import java.util.List;

/** The experts of a committee (the members of its group {@code expert<code>}). */
@FunctionalInterface
public interface CommitteeExperts {

    List<String> userIds(String committeeCode);
}
