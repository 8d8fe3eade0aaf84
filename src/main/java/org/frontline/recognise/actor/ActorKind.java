package org.frontline.recognise.actor;

/** What an actor is, which decides the status of what it says (see the actor dictionaries' README). */
public enum ActorKind {
    PARTY, MONITOR, MEDIA, CIVILIANS, ORG;

    static ActorKind parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
