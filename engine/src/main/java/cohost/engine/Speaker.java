package cohost.engine;

import java.util.Objects;

/**
 * Someone in a room or at a desk.
 *
 * @param id      stable id within the room or desk (a viewer id, a customer id, "host")
 * @param name    display name, or null; replies address the viewer by it ("@Ana ...")
 * @param lang    declared language (ISO 639-1), or null to detect it from the text
 * @param country declared country (ISO 3166-1 alpha-2), or null
 */
public record Speaker(Role role, String id, String name, String lang, String country) {
    /** The co-host itself, as the speaker of its replies in a transcript (the only speaker without a role). */
    public static final Speaker COHOST = new Speaker(null, "cohost", null, null, null);

    public Speaker {
        if (role == null && !"cohost".equals(id)) throw new NullPointerException("role");
        Objects.requireNonNull(id, "id");
    }

    public static Speaker host() {
        return new Speaker(Role.HOST, "host", null, null, null);
    }

    public static Speaker viewer(String id, String name, String lang, String country) {
        return new Speaker(Role.VIEWER, id, name, lang, country);
    }

    public static Speaker customer(String id, String name, String lang, String country) {
        return new Speaker(Role.CUSTOMER, id, name, lang, country);
    }
}
