package org.frontline.reason;

/** Who holds what when, and which places are besieged, over one state of the store. */
public record Reasoned(ControlTimeline timeline, SiegeDays sieges) {
}
