package org.frontline.spark;

import java.io.Serializable;

/**
 * A document's place in input order, the order that defines "earliest" for duplicates and the
 * order of the output: the file's rank in the core's walk order (arguments as given, folders
 * sorted by name, depth first), then the position inside the file (Spark split start and row id
 * for JSON Lines, record number for whole files).
 */
public record Ord(int file, long block, long seq) implements Comparable<Ord>, Serializable {
    @Override
    public int compareTo(Ord o) {
        int c = Integer.compare(file, o.file);
        if (c != 0) {
            return c;
        }
        c = Long.compare(block, o.block);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }

    static Ord min(Ord a, Ord b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
