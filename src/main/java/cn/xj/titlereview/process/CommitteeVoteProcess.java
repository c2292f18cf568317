package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.ProcessVariable.integer;
import static cn.xj.titlereview.process.ProcessVariable.number;
import static cn.xj.titlereview.process.ProcessVariable.string;

import java.util.Set;

/**
 * Stage {@code stage-committee-vote} (评审会表决): a secret ballot of the committee's experts.
 *
 * <p>The stage first waits ({@code await_committee_meeting}) until the committee office assigns the application
 * to a meeting, draws the meeting's experts and opens the vote: message {@code CommitteeMeetingOpened} brings the
 * meeting and the experts who vote on this application (the drawn experts less those who stood aside).
 *
 * <p>Each expert gets an {@code expert_vote} task (parallel multi-instance over {@code experts},
 * assignee {@code expert}) showing the blind view only. The vote ends when every expert has
 * voted or when the committee office completes {@code committee_meeting_close}; experts who
 * have not voted by then were absent and cannot vote later (人社部令第40号: 未出席评审会议的评审专家
 * 不得委托他人投票或者补充投票). Then the tally is checked against the quorum and the pass ratio
 * (see {@link VoteCountingService}):
 * <ul>
 *   <li>PASSED: {@code stageOutcome = CONTINUE}</li>
 *   <li>FAILED: {@code stageOutcome = REJECTED}</li>
 *   <li>INVALID (fewer experts present than the quorum): the meeting could not decide, which
 *       is no verdict on the application; a new round is opened with a fresh ballot box.</li>
 * </ul>
 *
 * <p>Secret ballot: {@code vote} is an input-mapped local variable of each vote task, so it never
 * reaches process scope; {@link CastBallotListener} adds it to the running counters
 * ({@code ballot*}) when the task completes. {@link SecretBallotHistoryPlugin} keeps {@code vote}
 * and the running counters out of history, so nobody can match a counter change to the expert
 * whose task completed at that moment. Only the final counts {@code votesFor/votesAgainst/
 * votesAbstain} are written, once, when the vote closes.
 */
public final class CommitteeVoteProcess {

    public static final String KEY = "stage-committee-vote";
    public static final String RESOURCE = "processes/stages/stage-committee-vote.bpmn";

    public static final String START = "start_committee_vote";
    /** Waits until the committee office opens the vote of the meeting the application is assigned to. */
    public static final String AWAIT_COMMITTEE_MEETING = "await_committee_meeting";
    /** Message of {@link #AWAIT_COMMITTEE_MEETING}; carries {@link #MEETING_ID} and {@link #EXPERT_USER_IDS}. */
    public static final String MESSAGE_COMMITTEE_MEETING_OPENED = "CommitteeMeetingOpened";
    public static final String GW_VOTE_ROUND = "gw_vote_round";
    public static final String PREPARE_COMMITTEE_VOTE = "prepare_committee_vote";
    public static final String COMMITTEE_VOTING = "committee_voting";
    public static final String EXPERT_VOTE = "expert_vote";
    public static final String COMMITTEE_MEETING_CLOSE = "committee_meeting_close";
    public static final String END_ALL_VOTED = "end_all_voted";
    public static final String END_VOTE_CLOSED = "end_vote_closed";
    public static final String COUNT_COMMITTEE_VOTE = "count_committee_vote";
    public static final String GW_VOTE_RESULT = "gw_vote_result";
    public static final String END_VOTE_PASSED = "end_vote_passed";
    public static final String END_VOTE_FAILED = "end_vote_failed";

    public static final String FORM_EXPERT_VOTE = "expert-vote";
    public static final String FORM_COMMITTEE_MEETING_CLOSE = "committee-meeting-close";

    /**
     * Comma-separated user ids of the experts who vote: given by the notice process (the committee's experts),
     * replaced when the meeting opens by the experts drawn for the meeting less those who stood aside (回避).
     */
    public static final ProcessVariable<String> EXPERT_USER_IDS = string("expertUserIds");
    /** The committee meeting (评审会议) whose experts vote, as a decimal string; set when the meeting opens. */
    public static final ProcessVariable<String> MEETING_ID = string("meetingId");
    /** Input, a number: share of the committee that must be present (default 2/3). */
    public static final ProcessVariable<Double> VOTE_QUORUM = number("voteQuorum");
    /** Input, a number: share of the experts present that must vote FOR (default 2/3). */
    public static final ProcessVariable<Double> VOTE_PASS_RATIO = number("votePassRatio");
    public static final ProcessVariable<String> COMMITTEE_GROUP = CampaignVariables.COMMITTEE_GROUP;

    /** Written by the prepare step: the experts as a JSON list (multi-instance collection). */
    public static final String EXPERTS = "experts";
    /** Multi-instance element variable, the assignee of one vote task. */
    public static final String EXPERT = "expert";
    public static final ProcessVariable<Integer> COMMITTEE_MEMBERS = integer("committeeMembers");
    public static final ProcessVariable<Integer> VOTE_ROUND = integer("voteRound");

    /** Local to each vote task: FOR | AGAINST | ABSTAIN. Never in process scope nor history. */
    public static final ProcessVariable<String> VOTE = string("vote");

    /** Running counters of the open ballot box; removed when the vote closes, never in history. */
    public static final ProcessVariable<Integer> BALLOT_FOR = integer("ballotFor");
    public static final ProcessVariable<Integer> BALLOT_AGAINST = integer("ballotAgainst");
    public static final ProcessVariable<Integer> BALLOT_ABSTAIN = integer("ballotAbstain");

    /** Results, written once when the vote closes. */
    public static final ProcessVariable<Integer> VOTES_FOR = integer("votesFor");
    public static final ProcessVariable<Integer> VOTES_AGAINST = integer("votesAgainst");
    public static final ProcessVariable<Integer> VOTES_ABSTAIN = integer("votesAbstain");
    public static final ProcessVariable<String> VOTE_RESULT = string("voteResult");

    /** Variables whose values would reveal who voted what; history never records them. */
    public static final Set<String> SECRET_VARIABLES = Set.of(
            VOTE.name(), BALLOT_FOR.name(), BALLOT_AGAINST.name(), BALLOT_ABSTAIN.name());

    private CommitteeVoteProcess() {
    }
}
