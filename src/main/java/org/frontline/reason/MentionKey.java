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

    /** 16 hex digits of SHA-256 over the sorted member keys. */
    static String clusterId(List<DocEvent> sortedMembers) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (DocEvent m : sortedMembers) {
                sha.update(of(m).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
