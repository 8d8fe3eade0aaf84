package org.frontline.model;

/** How the text stands behind an event: see the contract's "Status" section. */
public enum Status {
    REPORTED, CLAIMED, UNVERIFIED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
