package io.clearline.app.classification;

import io.netty.handler.codec.DateFormatter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The head of a 200 answer on {@link ClassificationListener}: the status line and headers the main port's
 * fast path writes for the same call, i.e. {@code Content-Type: application/json}, the Content-Length, a
 * Date, and the security headers Spring Security's own writers produce for a plain-HTTP request (taken from
 * those writers once, at start, so a change of their defaults shows up here too).
 */
final class AnswerHead {

    private static final byte[] END = "\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE_END = "Connection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final byte[] fixed;
    private volatile long dateSecond;
    private volatile byte[] dateLine = new byte[0];

    AnswerHead() {
        StringBuilder head = new StringBuilder("HTTP/1.1 200 \r\n");
        securityHeaders().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Type: application/json\r\n");
        this.fixed = head.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Status line and headers for a JSON body of {@code length} bytes, ending with the blank line. */
    byte[] bytes(int length, boolean close) {
        // in Tomcat's order: Content-Length, Date, then Connection
        byte[] size = ("Content-Length: " + length + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] date = date();
        byte[] end = close ? CLOSE_END : END;
        byte[] all = new byte[fixed.length + size.length + date.length + end.length];
        int at = 0;
        for (byte[] part : new byte[][] {fixed, size, date, end}) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private byte[] date() {
        long second = System.currentTimeMillis() / 1000;
        if (second != dateSecond) {
            dateLine = ("Date: " + DateFormatter.format(new Date(second * 1000)) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            dateSecond = second;
        }
        return dateLine;
    }

    /** What the fast path's header writers write for a plain-HTTP 200 response. */
    static Map<String, String> securityHeaders() {
        Map<String, String> written = new LinkedHashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(AnswerHead.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> false;
                    case "getScheme" -> "http";
                    default -> method.getReturnType() == boolean.class ? false : null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(AnswerHead.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader", "addHeader" -> {
                        written.merge((String) args[0], (String) args[1], method.getName().equals("addHeader")
                                ? (a, b) -> a + ", " + b : (a, b) -> b);
                        yield null;
                    }
                    case "containsHeader" -> written.keySet().stream().anyMatch(h -> h.equalsIgnoreCase((String) args[0]));
                    case "getHeader" -> written.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase((String) args[0]))
                            .map(Map.Entry::getValue).findFirst().orElse(null);
                    case "getStatus" -> HttpServletResponse.SC_OK;
                    default -> method.getReturnType() == boolean.class ? false : null;
                });
        for (HeaderWriter writer : ClassificationFastPath.SECURITY_HEADERS) {
            writer.writeHeaders(request, response);
        }
        return written;
    }
}
