package org.frontline.model;

/** How precisely a date is known; the contract spells these in lower case. */
public enum Precision {
    DAY, WEEK, MONTH, YEAR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The coarser of two precisions. */
    public Precision coarser(Precision other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
