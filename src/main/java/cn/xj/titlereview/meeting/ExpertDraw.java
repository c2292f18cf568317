package cn.xj.titlereview.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * The random draw of a meeting's experts, a pure function of what the draw record keeps: the candidates (in the
 * order of their user ids), the seed, the number wanted and the specialties to cover. Replaying a record gives
 * the same experts on any node and any Java version ({@link Random} with a seed is specified by its Javadoc).
 *
 * <p>First, for each specialty of the meeting (in order) that no expert drawn so far covers, one expert of that
 * specialty is drawn among the candidates; then the remaining places are filled from a shuffle of the other
 * candidates (Fisher–Yates, from the last place down).
 */
final class ExpertDraw {

    /** An expert of the pool who may be drawn, with the specialty the pool records. */
    record Candidate(String expertId, String specialty) {
    }

    /** The experts drawn in the order drawn; the specialties nobody could cover; how many places stayed empty. */
    record Outcome(List<String> drawn, List<String> uncovered, int shortfall) {
        boolean complete() {
            return uncovered.isEmpty() && shortfall == 0;
        }
    }

    private ExpertDraw() {
    }

    static Outcome draw(List<Candidate> candidates, long seed, int wanted, List<String> specialties) {
        List<Candidate> pool = new ArrayList<>(candidates);
        pool.sort(Comparator.comparing(Candidate::expertId));
        Random random = new Random(seed);
        List<Candidate> drawn = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (String specialty : new TreeSet<>(specialties)) {
            if (drawn.stream().anyMatch(c -> c.specialty().equals(specialty))) {
                continue;
            }
            List<Candidate> options = pool.stream().filter(c -> c.specialty().equals(specialty))
                    .filter(c -> !drawn.contains(c)).toList();
            if (options.isEmpty()) {
                uncovered.add(specialty);
            } else if (drawn.size() < wanted) {
                drawn.add(options.get(random.nextInt(options.size())));
            } else {
                uncovered.add(specialty);
            }
        }
        List<Candidate> rest = new ArrayList<>(pool);
        rest.removeAll(drawn);
        for (int i = rest.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Candidate swap = rest.get(i);
            rest.set(i, rest.get(j));
            rest.set(j, swap);
        }
        for (Candidate candidate : rest) {
            if (drawn.size() >= wanted) {
                break;
            }
            drawn.add(candidate);
        }
        return new Outcome(drawn.stream().map(Candidate::expertId).toList(), List.copyOf(uncovered),
                Math.max(0, wanted - drawn.size()));
    }

    /** The candidates as a record keeps them: {@code id:specialty} separated by commas. */
    static String format(List<Candidate> candidates) {
        return String.join(",", candidates.stream().sorted(Comparator.comparing(Candidate::expertId))
                .map(c -> c.expertId() + ":" + c.specialty()).toList());
    }

    static List<Candidate> parse(String recorded) {
        List<Candidate> candidates = new ArrayList<>();
        if (recorded == null || recorded.isBlank()) {
            return candidates;
        }
        for (String entry : recorded.split(",")) {
            int colon = entry.indexOf(':');
            candidates.add(new Candidate(entry.substring(0, colon), entry.substring(colon + 1)));
        }
        return candidates;
    }
}
