package cn.xj.titlereview.attachment;

/** An upload that is not an acceptable JPG: which rule it breaks and a Chinese explanation. */
public class ImageRejectedException extends Exception {

    private final String rule;

    public ImageRejectedException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
