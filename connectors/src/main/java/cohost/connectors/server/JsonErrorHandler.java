package cohost.connectors.server;

import cohost.wire.ErrorBody;
import cohost.wire.WireJson;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Jetty's own refusals (an illegal character or bad UTF-8 in the request line, a URI or headers over the limits, an
 * unreadable request) in the API's JSON error shape, saying what is wrong in the client's terms, instead of Jetty's
 * HTML page. These never reach Javalin: Jetty answers them before routing.
 */
final class JsonErrorHandler extends ErrorHandler {
    private final int maxUriBytes;
    private final int maxHeaderBytes;

    JsonErrorHandler(int maxUriBytes, int maxHeaderBytes) {
        this.maxUriBytes = maxUriBytes;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    /** Every method gets the JSON body (Jetty's default writes none for PUT, DELETE...). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        byte[] body = body(code, message);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, reason));
    }

    private byte[] body(int status, String jettyMessage) {
        int code = status < 400 ? 400 : status;
        return WireJson.write(new ErrorBody(ApiError.code(code), message(code, jettyMessage)))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** What Jetty's reason means for the client, without Jetty's vocabulary. */
    String message(int status, String reason) {
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        return switch (status) {
            case 414 -> "the URL is too long: at most " + maxUriBytes + " bytes";
            case 431 -> "the request headers are too large: at most " + maxHeaderBytes + " bytes in all";
            case 413 -> "the request body is too large";
            case 404 -> "no such endpoint (see /openapi.json)";
            case 405 -> "this method is not allowed here (see /openapi.json)";
            case 408 -> "the request was not received in time";
            case 505 -> "only HTTP/1.1 is supported";
            default -> {
                if (r.contains("utf-8") || r.contains("utf8")) {
                    yield "the URL is not valid UTF-8: percent-encode each byte of UTF-8 text (%C3%A9 for é)";
                } else if (r.contains("illegal character") || r.contains("cntl") || r.contains("control")) {
                    yield "the request line or a header contains an illegal character (a control character or a "
                            + "byte not allowed there)";
                } else if (r.contains("ambiguous") || r.contains("uri") || r.contains("path")
                        || r.contains("encoding")) {
                    yield "the URL is malformed or not allowed: it must be valid UTF-8, percent-encoded, with ids of "
                            + "letters, digits and . _ : @ - and no encoded '/' or '..'";
                } else if (r.contains("header")) {
                    yield "a request header is malformed";
                } else if (r.contains("content-length") || r.contains("chunk") || r.contains("transfer")) {
                    yield "the request body's length is malformed";
                } else if (status >= 500) {
                    yield "the server could not handle this request";
                }
                yield "the HTTP request is malformed";
            }
        };
    }
}
