package cohost.connectors.server;

import cohost.wire.Checks;
import cohost.wire.WireException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
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

    /**
     * A URL's path and query must percent-encode properly: every '%' followed by two hex digits. Javalin's decoder
     * throws on anything else ("%u002e", "%zz", a lone '%').
     */
    static void percentEncoding(String rawPath, String rawQuery) {
        for (String part : new String[]{rawPath, rawQuery}) {
            if (part == null) {
                continue;
            }
            for (int i = part.indexOf('%'); i >= 0; i = part.indexOf('%', i + 1)) {
                if (i + 2 >= part.length() || !HexFormat.isHexDigit(part.charAt(i + 1))
                        || !HexFormat.isHexDigit(part.charAt(i + 2))) {
                    throw ApiError.badRequest("the URL has a malformed percent-escape at '"
                            + printable(part.substring(i, Math.min(part.length(), i + 6)))
                            + "': '%' must be followed by two hex digits (e.g. %2E)");
                }
            }
        }
    }

    /**
     * Client text quoted in an error message: control and format characters (bidi overrides) shown as U+XXXX, cut
     * to 80 characters, so a message never carries what a terminal or page would interpret.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                sb.append(String.format("U+%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 80 ? sb + "..." : sb.toString();
    }

    /**
     * A desk body's Content-Type: {@code application/json}, with no parameter but an optional {@code charset=utf-8}.
     * Browsers send "simple" types (text/plain, forms) cross-site without asking; refusing them keeps other pages
     * from posting to the desk.
     */
    static void jsonContentType(String contentType) {
        String hint = "send the body as 'Content-Type: application/json' (charset utf-8, the only one accepted)";
        if (contentType == null || contentType.isBlank()) {
            throw new ApiError(415, "no Content-Type; " + hint);
        }
        String[] parts = contentType.split(";", -1);
        boolean ok = parts[0].strip().equalsIgnoreCase("application/json");
        for (int i = 1; ok && i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            String value = param.length == 2 ? param[1].strip().replace("\"", "") : "";
            ok = param[0].strip().equalsIgnoreCase("charset") && value.equalsIgnoreCase("utf-8") && parts.length == 2;
        }
        if (!ok) {
            throw new ApiError(415, "Content-Type '" + printable(contentType) + "' is not accepted; " + hint);
        }
    }

    /** A body as UTF-8, strictly: invalid bytes are a 400 that says at which byte, never silently replaced. */
    static String utf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest("the body is not valid UTF-8 (byte " + (in.position() + 1) + " of "
                    + body.length + ")");
        }
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
