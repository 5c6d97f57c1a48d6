package cohost.connectors.server;

import cohost.wire.Checks;
import cohost.wire.WireException;

import java.util.function.Supplier;

/**
 * The wire contract's checks where the server meets a request outside a body (path ids, query parameters), and
 * any {@link WireException} as a 400 that says what is wrong and where.
 */
final class Validate {
    private Validate() {
    }

    /** Runs a read or check of the wire contract; a violation is a 400 with its message. */
    static <T> T wire(Supplier<T> read) {
        try {
            return read.get();
        } catch (WireException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /** A path id: 1-128 of {@code A-Za-z0-9._:@-}. */
    static String id(String id, String what) {
        return wire(() -> Checks.pathId(what, id));
    }

    /** A language code (ISO 639-1; a region suffix is dropped), e.g. from {@code ?lang=}; null stays null. */
    static String lang(String lang, String where) {
        return wire(() -> Checks.lang(where + "lang", lang));
    }

    /** A country code (ISO 3166-1 alpha-2), e.g. from {@code ?country=}; null stays null. */
    static String country(String country, String where) {
        return wire(() -> Checks.country(where + "country", country));
    }
}
