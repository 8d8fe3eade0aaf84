package org.frontline.pipeline;

import java.util.Set;

/**
 * One step of per-document analysis. It reads only the layers it {@link #requires()} and
 * writes only the layers it {@link #produces()}; {@link Pipeline} enforces both.
 */
public interface Stage {

    /** Short name used in errors and timings, e.g. "places". */
    String name();

    Set<Layer<?>> requires();

    Set<Layer<?>> produces();

    void apply(Analysis doc);
}
