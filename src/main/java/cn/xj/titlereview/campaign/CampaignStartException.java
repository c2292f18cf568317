package cn.xj.titlereview.campaign;

/** A notice process cannot start for an application: the message (Chinese) names what is missing. */
public class CampaignStartException extends RuntimeException {

    private final String field;

    public CampaignStartException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
