package cn.xj.titlereview.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses expressions ({@code assigneeExpression}, {@code candidateGroupExpression}, … — JUEL evaluated on
 * the server) in task queries and in the queries that extend a stored filter, for every user, on engine
 * REST and on the webapps' own engine API.
 *
 * <p>The engine is configured to refuse them ({@code enable-expressions-in-adhoc-queries: false}), but
 * Camunda 7.24 still evaluates an expression inside {@code orQueries}, and a filter's extending query is
 * read the same way. The switch is engine-wide, so administrators are refused too: no Tasklist filter of
 * the product needs an expression, and an expression is code run on the server.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class QueryExpressionGuard extends OncePerRequestFilter {

    /** Task queries and filter executions, under engine REST or the webapps' engine API. */
    private static final Pattern QUERY_PATHS = Pattern.compile(
            "^(/engine-rest|/camunda/api/engine/engine/[^/]+)(/task(/count)?|/filter/[^/]+/(list|count|singleResult))/?$");
    /** Query bodies are small; a body above this is refused rather than passed on unread. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final ObjectMapper json;

    public QueryExpressionGuard(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !QUERY_PATHS.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> found = new ArrayList<>();
        for (String name : Collections.list(request.getParameterNames())) {
            if (isExpression(name)) {
                found.add(name);
            }
        }
        HttpServletRequest forward = request;
        if ("POST".equalsIgnoreCase(request.getMethod())) {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "查询条件过大（超过" + (MAX_BODY_BYTES >> 10) + " KB）", List.of());
                return;
            }
            if (body.length > 0) {
                try {
                    collect(json.readTree(body), "", found);
                } catch (JsonProcessingException e) {
                    refuse(response, HttpServletResponse.SC_BAD_REQUEST, "查询条件不是有效的 JSON", List.of());
                    return;
                }
            }
            forward = new ReplayedBody(request, body);
        }
        if (!found.isEmpty()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST,
                    "查询中不允许使用表达式（Expressions are forbidden in queries）：" + String.join("、", found), found);
            return;
        }
        chain.doFilter(forward, response);
    }

    private static boolean isExpression(String name) {
        return name.endsWith("Expression");
    }

    /** Every field named like an expression, with its path ({@code orQueries[0].assigneeExpression}). */
    private static void collect(JsonNode node, String path, List<String> found) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (isExpression(field.getKey()) && !field.getValue().isNull()) {
                    found.add(at);
                }
                collect(field.getValue(), at, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", found);
            }
        }
    }

    private void refuse(HttpServletResponse response, int status, String message, List<String> fields)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        List<Map<String, String>> errors = fields.stream()
                .map(field -> Map.of("field", field, "rule", "禁止表达式", "message", "查询条件 " + field + " 是表达式，不予执行"))
                .toList();
        // Camunda's error shape (type, message) for REST clients, with the product's errors list
        json.writeValue(response.getOutputStream(),
                Map.of("type", "BadUserRequestException", "message", message, "errors", errors));
    }

    /** The request with its body, already read for the check, readable again downstream. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? StandardCharsets.UTF_8
                            : java.nio.charset.Charset.forName(getCharacterEncoding())));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
