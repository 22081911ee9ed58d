package dev.dynamodesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy on loopback between an SDK client and a DynamoDB server, which breaks chosen
 * requests the ways networks and servers break: throttling answers, HTTP 500s, a connection reset
 * in the middle of a response, a request that is never answered, and a server that dies (every
 * connection refused from then on). Requests are counted per operation ({@code X-Amz-Target}), so
 * a plan can break "every 3rd Scan". Requests a fault answers never reach the server, except a
 * reset, which the server has answered.
 */
public final class FaultProxy implements AutoCloseable {
    /** What happens to a request. */
    public enum Fault {
        /** 400 ProvisionedThroughputExceededException, as DynamoDB sends. */
        PROVISIONED_THROUGHPUT_EXCEEDED(400, "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
                "The level of configured provisioned throughput for the table was exceeded. (fault proxy)"),
        /** 400 ThrottlingException. */
        THROTTLING(400, "com.amazon.coral.availability#ThrottlingException", "Rate of requests exceeds the allowed throughput. (fault proxy)"),
        /** 500 InternalServerError. */
        HTTP_500(500, "com.amazonaws.dynamodb.v20120810#InternalServerError", "Internal server error (fault proxy)"),
        /** The server answers; the proxy sends half of the answer, then resets the connection. */
        RESET_MID_RESPONSE(0, null, null),
        /** The request is read and never answered. */
        NEVER_ANSWER(0, null, null),
        /** The server dies: this request and every later connection are refused. */
        KILL(0, null, null);

        final int status;
        final String type;
        final String message;

        Fault(int status, String type, String message) {
            this.status = status;
            this.type = type;
            this.message = message;
        }
    }

    /** Decides the fault (or null) for the n-th request (from 1) of an operation. */
    @FunctionalInterface
    public interface Plan {
        Fault faultFor(String operation, int number);

        static Plan none() {
            return (operation, number) -> null;
        }

        /** {@code fault} on every {@code n}-th request of the operations named (all when none are named). */
        static Plan every(int n, Fault fault, String... operations) {
            Set<String> only = Set.of(operations);
            return (operation, number) -> (only.isEmpty() || only.contains(operation)) && number % n == 0 ? fault : null;
        }

        /** {@code fault} on the first {@code count} requests of the operations named (all when none). */
        static Plan first(int count, Fault fault, String... operations) {
            Set<String> only = Set.of(operations);
            return (operation, number) -> (only.isEmpty() || only.contains(operation)) && number <= count ? fault : null;
        }

        /** {@code fault} on every request of the operations named (all when none), after the first {@code served}. */
        static Plan after(int served, Fault fault, String... operations) {
            Set<String> only = Set.of(operations);
            return (operation, number) -> (only.isEmpty() || only.contains(operation)) && number > served ? fault : null;
        }
    }

    private final URI upstream;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<Fault, AtomicInteger> injected = new ConcurrentHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Plan plan = Plan.none();
    private volatile boolean killed;

    public FaultProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "fault-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** From now on, requests are broken as {@code plan} says; the counts start again. */
    public FaultProxy plan(Plan plan) {
        counts.clear();
        injected.clear();
        this.plan = plan;
        return this;
    }

    /** Requests of an operation seen since the plan was set. */
    /** Requests of every operation that reached the proxy. */
    public int totalRequests() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public int requests(String operation) {
        AtomicInteger count = counts.get(operation);
        return count == null ? 0 : count.get();
    }

    /** Faults of a kind injected since the plan was set. */
    public int injected(Fault fault) {
        AtomicInteger count = injected.get(fault);
        return count == null ? 0 : count.get();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                Thread handler = new Thread(() -> serve(client), "fault-proxy-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        Socket server = null;
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                HttpMessage request = HttpMessage.read(in, true);
                if (request == null || killed) {
                    return;
                }
                String operation = request.operation();
                int number = counts.computeIfAbsent(operation, name -> new AtomicInteger()).incrementAndGet();
                Fault fault = plan.faultFor(operation, number);
                if (fault != null) {
                    injected.computeIfAbsent(fault, name -> new AtomicInteger()).incrementAndGet();
                }
                if (fault == Fault.KILL) {
                    kill();
                    return;
                }
                if (fault == Fault.NEVER_ANSWER) {
                    closed.await();
                    return;
                }
                if (fault != null && fault.status > 0) {
                    out.write(errorResponse(fault));
                    out.flush();
                    continue;
                }
                if (server == null || server.isClosed()) {
                    server = new Socket(upstream.getHost(), upstream.getPort());
                    open.add(server);
                }
                server.getOutputStream().write(request.bytes());
                server.getOutputStream().flush();
                HttpMessage response = HttpMessage.read(server.getInputStream(), false);
                if (response == null) {
                    return;
                }
                if (fault == Fault.RESET_MID_RESPONSE) {
                    byte[] bytes = response.bytes();
                    out.write(bytes, 0, bytes.length / 2);
                    out.flush();
                    client.setSoLinger(true, 0); // close with a reset, not a clean end
                    return;
                }
                out.write(response.bytes());
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // The client or the server went away: so does this connection.
        } finally {
            open.remove(client);
            if (server != null) {
                open.remove(server);
                try {
                    server.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }
    }

    private static byte[] errorResponse(Fault fault) {
        byte[] body = ("{\"__type\":\"" + fault.type + "\",\"message\":\"" + fault.message + "\"}").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + fault.status + (fault.status == 500 ? " Internal Server Error" : " Bad Request") + "\r\n"
                + "Content-Type: application/x-amz-json-1.0\r\n"
                + "x-amzn-RequestId: fault-proxy\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(body);
        return bytes.toByteArray();
    }

    /** The server dies: the port closes and every open connection is cut. */
    public void kill() {
        killed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket socket : open) {
            try {
                socket.setSoLinger(true, 0);
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    @Override
    public void close() {
        closed.countDown();
        kill();
    }

    /** One HTTP/1.1 message read whole: head and body (by Content-Length, or chunked, which is re-framed). */
    private record HttpMessage(String head, byte[] body) {
        static HttpMessage read(InputStream in, boolean request) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int lastFour = 0;
            while (lastFour != 0x0D0A0D0A) { // the empty line after the headers
                int c = in.read();
                if (c == -1) {
                    return null;
                }
                head.write(c);
                lastFour = (lastFour << 8) | c;
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            String lower = text.toLowerCase(Locale.ROOT);
            byte[] body;
            if (lower.contains("transfer-encoding: chunked")) {
                body = readChunked(in);
                text = text.replaceAll("(?i)transfer-encoding: chunked\r\n", "Content-Length: " + body.length + "\r\n");
            } else {
                int length = contentLength(lower);
                body = in.readNBytes(length);
                if (body.length < length) {
                    return null;
                }
            }
            return new HttpMessage(text, body);
        }

        private static int contentLength(String head) {
            int at = head.indexOf("content-length:");
            if (at < 0) {
                return 0;
            }
            int end = head.indexOf('\r', at);
            return Integer.parseInt(head.substring(at + "content-length:".length(), end).strip());
        }

        private static byte[] readChunked(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line(in);
                int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
                if (size == 0) {
                    while (!line(in).isEmpty()) {
                        // trailers
                    }
                    return body.toByteArray();
                }
                body.writeBytes(in.readNBytes(size));
                line(in);
            }
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder text = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                if (c != '\r') {
                    text.append((char) c);
                }
            }
            return text.toString();
        }

        String operation() {
            int at = head.toLowerCase(Locale.ROOT).indexOf("x-amz-target:");
            if (at < 0) {
                return "";
            }
            String target = head.substring(at + "x-amz-target:".length(), head.indexOf('\r', at)).strip();
            return target.substring(target.indexOf('.') + 1);
        }

        byte[] bytes() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
            bytes.writeBytes(body);
            return bytes.toByteArray();
        }
    }
}
