package org.fupin.figures;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a figure counts or measures. Units are kept as written (kilometres stay kilometres, kilograms stay
 * kilograms): a user compares like with like, and converting would hide what the report said.
 */
public enum Unit {
    PERCENT("percent"),
    PERCENTAGE_POINTS("percentage points"),
    YUAN("yuan"),
    PEOPLE("people"),
    PERSON_TIMES("person-times"),
    HOUSEHOLDS("households"),
    VILLAGES("villages"),
    TOWNSHIPS("townships"),
    COUNTIES("counties"),
    MU("mu"),
    HECTARES("hectares"),
    SQUARE_METERS("square meters"),
    KM("km"),
    METERS("meters"),
    TONS("tons"),
    KG("kg"),
    /** Livestock and poultry, counted by head. */
    HEADS("heads"),
    PROJECTS("projects"),
    ENTERPRISES("enterprises"),
    /** Any other counted thing (teams, wells, loans, trainings); the measure names it. */
    ITEMS("items");

    private static final Map<String, Unit> BY_LABEL = new HashMap<>();

    static {
        for (Unit unit : values()) {
            BY_LABEL.put(unit.label, unit);
        }
    }

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    /** The unit's name in the API, the stored JSON and the golden list. */
    public String label() {
        return label;
    }

    /** The unit with this label. */
    public static Optional<Unit> ofLabel(String label) {
        return Optional.ofNullable(BY_LABEL.get(label));
    }

    /** True for units of amount (money, area, length, weight, shares), false for counts of things. */
    public boolean isAmount() {
        return switch (this) {
            case PERCENT, PERCENTAGE_POINTS, YUAN, MU, HECTARES, SQUARE_METERS, KM, METERS, TONS, KG -> true;
            default -> false;
        };
    }
}
