package cohost.connectors.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A WebSocket client on a plain socket, for what a polite client never does: hang up without a close frame (FIN),
 * reset the connection (RST), stop reading, send any Origin header or bytes that are not UTF-8. Frames it sends are
 * masked as the protocol requires; it reads only the handshake.
 */
final class RawSocket implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    final String handshake;

    private RawSocket(Socket socket, String handshake) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = socket.getInputStream();
        this.handshake = handshake;
    }

    /** Connects and sends the upgrade request; {@link #handshake} is the response head ("HTTP/1.1 101 ..."). */
    static RawSocket open(int port, String path, Map<String, String> headers, int receiveBuffer) {
        Socket socket = new Socket();
        try {
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(new byte[16]) + "\r\n");
            headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            return new RawSocket(socket, readHead(socket.getInputStream()));
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing what failed
            }
            throw new UncheckedIOException(e);
        }
    }

    boolean upgraded() {
        return handshake.startsWith("HTTP/1.1 101");
    }

    int status() {
        String[] parts = handshake.split(" ", 3);
        return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
    }

    void text(String text) {
        frame(0x1, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A frame of any opcode (0x1 text, 0x2 binary, 0x8 close...) with any payload, masked. */
    void frame(int opcode, byte[] payload) {
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        f.write(0x80 | opcode);
        int n = payload.length;
        if (n < 126) {
            f.write(0x80 | n);
        } else if (n < 65536) {
            f.write(0x80 | 126);
            f.write(n >>> 8);
            f.write(n);
        } else {
            f.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                f.write((int) ((long) n >>> shift));
            }
        }
        byte[] mask = {1, 2, 3, 4};
        f.writeBytes(mask);
        for (int i = 0; i < n; i++) {
            f.write(payload[i] ^ mask[i % 4]);
        }
        try {
            out.write(f.toByteArray());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any bytes, e.g. half a frame. */
    void raw(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hangs up without a close frame: FIN. */
    void fin() {
        try {
            socket.shutdownOutput();
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    /** Resets the connection: RST. */
    void reset() {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    /** Reads until the server closes; true if it did within the socket timeout (20 s). */
    boolean closedByServer() {
        byte[] buffer = new byte[65536];
        try {
            while (in.read(buffer) >= 0) {
                // drain
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() {
        reset();
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (!sb.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            sb.append((char) b);
        }
        return sb.toString();
    }
}
