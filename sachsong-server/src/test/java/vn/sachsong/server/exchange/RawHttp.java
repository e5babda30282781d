package vn.sachsong.server.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, for what a client library would not send: a path exactly as
 * given, a header twice, a control character in a header, bytes that are not UTF-8, a body that
 * trickles. Each connection comes from the given loopback address.
 */
public final class RawHttp {
    private RawHttp() {
    }

    public record Reply(int status, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            var values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.getFirst();
        }
    }

    /** A request: the request line, then the headers (Host and Connection: close added), then the body if any. */
    public static byte[] request(String method, String target, List<String> headers, byte[] body) {
        var head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        headers.forEach(h -> head.append(h).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        var out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /** A request with no body, the request line as given (its version too) and this Host, over loopback. */
    public static Reply get(int port, String target, String version, String host) {
        var request = "GET " + target + " " + version + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
        return send(port, InetAddress.getLoopbackAddress(), request.getBytes(StandardCharsets.US_ASCII));
    }

    public static Reply send(int port, InetAddress source, byte[] request) {
        try (var socket = open(port, source)) {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return read(socket.getInputStream(), new String(request, 0, Math.min(5, request.length), StandardCharsets.US_ASCII)
                    .equals("HEAD "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Socket open(int port, InetAddress source) throws IOException {
        var socket = new Socket();
        socket.bind(new InetSocketAddress(source, 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
        socket.setSoTimeout(15_000);
        return socket;
    }

    /** The answer on a socket: status, headers and body (by Content-Length, chunks, or to the end). */
    static Reply read(InputStream in) throws IOException {
        return read(in, false);
    }

    /** @param head the answer to a HEAD, which has headers only */
    static Reply read(InputStream in, boolean head) throws IOException {
        var statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("the connection closed without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        var headers = new LinkedHashMap<String, List<String>>();
        for (var line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        var body = new ByteArrayOutputStream();
        var length = headers.get("content-length");
        if (head) {
            return new Reply(status, headers, "");
        } else if (length != null) {
            body.writeBytes(in.readNBytes(Integer.parseInt(length.getFirst())));
        } else if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(), 16)) {
                body.writeBytes(in.readNBytes(size));
                line(in);
            }
        } else {
            try {
                body.writeBytes(in.readAllBytes());
            } catch (SocketTimeoutException e) {
                // the answer had no length and the connection stayed open: what came is the body
            }
        }
        return new Reply(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return b < 0 && line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
