package org.fupin.figures;

/** How a figure relates to the true value or to an earlier one, as the sentence says it. */
public enum Qualifier {
    NONE(""),
    NEARLY("nearly"),
    ABOUT("about"),
    MORE_THAN("more than"),
    LESS_THAN("less than"),
    AT_LEAST("at least"),
    AT_MOST("at most"),
    /** An increase: "up 36%", "an increase of 145 million Yuan", "rose by 17%", "增长17%". */
    UP("up"),
    /** A decrease: "reduced the rural poor by 600,000", "下降2%". */
    DOWN("down");

    private final String label;

    Qualifier(String label) {
        this.label = label;
    }

    /** The qualifier's name in the API and the stored JSON; empty for none. */
    public String label() {
        return label;
    }
}
