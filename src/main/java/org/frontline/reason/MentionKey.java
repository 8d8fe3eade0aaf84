package org.frontline.reason;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.frontline.model.DocEvent;

/**
 * A total, content-based order on mentions. Records print every field deterministically, so the
 * printed form identifies a mention by its content, never by where it sat in the input.
 */
final class MentionKey {

    static final Comparator<DocEvent> ORDER = Comparator.comparing(MentionKey::of);

    private MentionKey() {
    }

    /** The mentions in {@link #ORDER}, each key printed once rather than at every comparison. */
    static List<DocEvent> sorted(java.util.Collection<DocEvent> mentions) {
        java.util.Map<DocEvent, String> keys = new java.util.IdentityHashMap<>();
        mentions.forEach(m -> keys.put(m, of(m)));
        List<DocEvent> out = new java.util.ArrayList<>(mentions);
        out.sort(Comparator.comparing(keys::get));
        return out;
    }

    static String of(DocEvent m) {
        return m.doc() + "\u0000" + m;
    }

    /**
     * 16 hex digits: the sum of the members' {@link #hash64}. A sum, not a hash of the sorted list,
     * so a member joining updates the id without reading the others ({@link ClusterTally}).
     */
    static String clusterId(List<DocEvent> members) {
        long sum = 0;
        for (DocEvent m : members) {
            sum += hash64(m);
        }
        return hex(sum);
    }

    /** The first 8 bytes of SHA-256 over the mention's key. */
    static long hash64(DocEvent m) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(of(m).getBytes(StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(d).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    static String hex(long sum) {
        return HexFormat.of().toHexDigits(sum);
    }
}
