package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.ProcessVariable.date;
import static cn.xj.titlereview.process.ProcessVariable.integer;

import java.util.Date;

/**
 * Stage {@code stage-payment} (缴费). The DMN table {@code fee} gives the fee of the notice and
 * level; a fee of 0 (the notice states none) skips the stage. Otherwise the stage waits for the
 * message {@code PaymentReceived} (correlated by business key = application number) until
 * {@code paymentDeadline}; unpaid at the deadline ends with {@code stageOutcome = UNPAID}.
 * A notice without a fee row makes {@code determine_fee} fail into an incident (it runs
 * asynchronously), never a silent skip.
 */
public final class PaymentProcess {

    public static final String KEY = "stage-payment";
    public static final String RESOURCE = "processes/stages/stage-payment.bpmn";
    public static final String FEE_DECISION = "fee";
    public static final String FEE_DECISION_RESOURCE = "processes/decisions/fee.dmn";

    public static final String START = "start_payment";
    public static final String DETERMINE_FEE = "determine_fee";
    public static final String GW_FEE_REQUIRED = "gw_fee_required";
    public static final String GW_AWAIT_PAYMENT = "gw_await_payment";
    public static final String PAYMENT_RECEIVED = "payment_received";
    public static final String TIMER_PAYMENT_DEADLINE = "timer_payment_deadline";
    public static final String END_PAID = "end_paid";
    public static final String END_NO_FEE = "end_no_fee";
    public static final String END_UNPAID = "end_unpaid";

    /** Message sent by the payment callback, correlated by business key. */
    public static final String MESSAGE_PAYMENT_RECEIVED = "PaymentReceived";

    public static final ProcessVariable<String> NOTICE_ID = CampaignVariables.NOTICE_ID;
    public static final ProcessVariable<String> LEVEL = CampaignVariables.LEVEL;
    public static final ProcessVariable<Date> PAYMENT_DEADLINE = date("paymentDeadline");
    /** Written by the DMN table: fee in yuan. */
    public static final ProcessVariable<Integer> FEE = integer("fee");

    private PaymentProcess() {
    }
}
