package dev.dynamodesk.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for AWS STS on a loopback port: answers AssumeRole and GetCallerIdentity (query
 * protocol) with fixed credentials and records every request's form parameters, so tests can
 * see the external ID, MFA serial and code that were sent.
 */
public final class StsStandIn implements AutoCloseable {
    public static final String ROLE_KEY_ID = "ASIAROLESTANDIN0001";
    public static final String ROLE_SECRET = "role-secret-from-the-stand-in";
    public static final String ROLE_TOKEN = "role-session-token-from-the-stand-in";
    public static final String ACCOUNT = "123456789012";

    private final HttpServer server;
    private final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

    public StsStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> form = parse(body);
            requests.add(form);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String action = form.getOrDefault("Action", "");
            String xml = switch (action) {
                case "AssumeRole" -> assumeRole(form.getOrDefault("RoleArn", ""));
                case "GetCallerIdentity" -> callerIdentity();
                default -> null;
            };
            byte[] answer = (xml == null ? error(action) : xml).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(xml == null ? 400 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The form parameters of every request so far. */
    public List<Map<String, String>> requests() {
        return List.copyOf(requests);
    }

    /** The Authorization header of every request so far (to see which key signed it). */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static Map<String, String> parse(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static String assumeRole(String roleArn) {
        return "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult><Credentials>"
                + "<AccessKeyId>" + ROLE_KEY_ID + "</AccessKeyId><SecretAccessKey>" + ROLE_SECRET + "</SecretAccessKey>"
                + "<SessionToken>" + ROLE_TOKEN + "</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>"
                + "<AssumedRoleUser><Arn>" + roleArn.replace(":role/", ":assumed-role/") + "/session</Arn>"
                + "<AssumedRoleId>AROASTANDIN:session</AssumedRoleId></AssumedRoleUser></AssumeRoleResult>"
                + "<ResponseMetadata><RequestId>standin-1</RequestId></ResponseMetadata></AssumeRoleResponse>";
    }

    private static String callerIdentity() {
        return "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
                + "<Arn>arn:aws:iam::" + ACCOUNT + ":user/alice</Arn><UserId>AIDASTANDIN</UserId><Account>" + ACCOUNT
                + "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>standin-2</RequestId></ResponseMetadata>"
                + "</GetCallerIdentityResponse>";
    }

    private static String error(String action) {
        return "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>"
                + "<Code>InvalidAction</Code><Message>The stand-in does not know " + action + "</Message></Error>"
                + "<RequestId>standin-3</RequestId></ErrorResponse>";
    }
}
