package cn.xj.titlereview.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.xj.titlereview.meeting.ExpertDraw.Candidate;
import cn.xj.titlereview.meeting.ExpertDraw.Outcome;
import cn.xj.titlereview.notice.Level;

class ExpertDrawTest {

    private static final List<Candidate> POOL = List.of(
            new Candidate("e01", "农学"), new Candidate("e02", "农学"), new Candidate("e03", "畜牧兽医"),
            new Candidate("e04", "园艺"), new Candidate("e05", "农学"), new Candidate("e06", "植物保护"),
            new Candidate("e07", "畜牧兽医"), new Candidate("e08", "农学"), new Candidate("e09", "园艺"));

    @Test
    void theSameRecordDrawsTheSameExpertsWhateverTheOrderOfTheCandidates() {
        Outcome first = ExpertDraw.draw(POOL, 20231120L, 5, List.of("畜牧兽医", "园艺"));
        List<Candidate> shuffled = new ArrayList<>(POOL);
        java.util.Collections.reverse(shuffled);
        Outcome replay = ExpertDraw.draw(ExpertDraw.parse(ExpertDraw.format(shuffled)), 20231120L, 5,
                List.of("园艺", "畜牧兽医"));

        assertThat(first.complete()).isTrue();
        assertThat(replay.drawn()).isEqualTo(first.drawn()).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void differentSeedsDrawDifferentlyAndEveryExpertCanBeDrawn() {
        Set<List<String>> draws = new HashSet<>();
        Set<String> everDrawn = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            Outcome outcome = ExpertDraw.draw(POOL, seed, 3, List.of());
            draws.add(outcome.drawn());
            everDrawn.addAll(outcome.drawn());
        }
        assertThat(draws.size()).isGreaterThan(50);
        assertThat(everDrawn).hasSize(POOL.size());
    }

    @Test
    void everySpecialtyOfTheMeetingIsCoveredWhateverTheSeed() {
        for (long seed = 0; seed < 300; seed++) {
            Outcome outcome = ExpertDraw.draw(POOL, seed, 3, List.of("畜牧兽医", "园艺", "植物保护"));
            assertThat(outcome.drawn()).as("seed %s", seed).contains("e06")
                    .anyMatch(e -> e.equals("e03") || e.equals("e07"))
                    .anyMatch(e -> e.equals("e04") || e.equals("e09"));
        }
    }

    @Test
    void aSpecialtyNobodyCoversAndTooFewCandidatesAreNamed() {
        Outcome uncovered = ExpertDraw.draw(POOL, 1L, 5, List.of("林业工程"));
        assertThat(uncovered.complete()).isFalse();
        assertThat(uncovered.uncovered()).containsExactly("林业工程");

        Outcome lastPlace = ExpertDraw.draw(POOL.subList(0, 5), 1L, 5, List.of());
        assertThat(lastPlace.complete()).isTrue();
        Outcome oneShort = ExpertDraw.draw(POOL.subList(0, 4), 1L, 5, List.of());
        assertThat(oneShort.complete()).isFalse();
        assertThat(oneShort.shortfall()).isEqualTo(1);
    }

    @Test
    void theLevelSetsTheFewestExpertsAndTheTitleNeeded() {
        assertThat(MeetingRules.minimumExperts(List.of(Level.INTERMEDIATE))).isEqualTo(3);
        assertThat(MeetingRules.minimumExperts(List.of(Level.INTERMEDIATE, Level.SENIOR_DEPUTY))).isEqualTo(5);
        assertThat(MeetingRules.mayEvaluate(Level.SENIOR_DEPUTY, List.of(Level.SENIOR_FULL))).isFalse();
        assertThat(MeetingRules.mayEvaluate(Level.SENIOR_FULL, List.of(Level.SENIOR_FULL))).isTrue();
        assertThat(MeetingRules.mayEvaluate(Level.SENIOR_DEPUTY, List.of(Level.INTERMEDIATE))).isTrue();
        assertThat(MeetingRules.mayEvaluate(Level.INTERMEDIATE, List.of(Level.INTERMEDIATE))).isFalse();
    }
}
