package org.tryon.platform.idempotency;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tryon.platform.rest.Problem;
import org.tryon.platform.rest.Problems;
import org.tryon.platform.security.SecurityHeaders;

/**
 * Idempotent writes of the REST API (ADR 0025). A POST, PUT, PATCH or DELETE under {@code /api/v1} that carries an
 * {@value IdempotencyKeys#HEADER} header runs in one JTA transaction begun here, before the resource (the application
 * services are {@code @Transactional} REQUIRED and join it):
 * <ol>
 * <li>a key the signed-in user already used is answered from its record: the same request (method, path, body) gets
 * the original status, {@code Location} and body again with {@value IdempotencyKeys#REPLAYED}{@code : true}; another
 * request gets 422 naming the header;</li>
 * <li>otherwise the key is recorded first (a twin sent at the same moment waits on the unique key until this write
 * ends, then is answered from the record);</li>
 * <li>the resource runs into a buffer: the client sees nothing before the commit;</li>
 * <li>a 2xx answer is stored in the record and committed with the write; any other answer rolls back (nothing was
 * changed, and the key stays free for a retry);</li>
 * <li>a failed commit is answered 503 with nothing stored.</li>
 * </ol>
 * A request without the header is not touched.
 */
@WebFilter(urlPatterns = "/api/*", dispatcherTypes = DispatcherType.REQUEST)
public class IdempotencyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The largest body kept for a keyed write (it is read before the resource runs, to compare a retry with it). */
    static final int MAX_BODY = 16 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

    @Resource
    transient UserTransaction transaction;

    @Inject
    transient IdempotencyStore store;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = request.getHeader(IdempotencyKeys.HEADER);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String user = request.getRemoteUser();
        if (key == null || user == null || !IdempotencyKeys.applies(request.getMethod(), path)) {
            chain.doFilter(request, response);
            return;
        }
        String invalid = IdempotencyKeys.problem(key);
        if (invalid != null) {
            problem(response, 400, "Bad Request", invalid, request.getRequestURI(), "idempotency-key");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            problem(
                    response,
                    413,
                    "Content Too Large",
                    "A write sent with " + IdempotencyKeys.HEADER + " may have a body of at most "
                            + MAX_BODY / (1024 * 1024) + " MB",
                    request.getRequestURI(),
                    "body-size");
            return;
        }
        String pathAndQuery = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        String hash = IdempotencyKeys.hash(request.getMethod(), pathAndQuery, body);

        Optional<IdempotentRequest> known = store.find(user, key);
        if (known.isPresent()) {
            answerFrom(known.get(), hash, request, response);
            return;
        }
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new ServletException("cannot begin the transaction of an idempotent write", e);
        }
        Optional<IdempotentRequest> recorded;
        try {
            recorded = store.begin(user, key, request.getMethod(), path, hash);
        } catch (RuntimeException lockFailed) {
            // a deadlock or a lock wait timeout on the key (twins whose first write rolled back): nothing was done
            rollback();
            LOG.log(Level.INFO, "An idempotency key could not be recorded", lockFailed);
            problem(
                    response,
                    409,
                    "Conflict",
                    "Another request with the same " + IdempotencyKeys.HEADER + " was being processed; send it again",
                    request.getRequestURI(),
                    "in-progress");
            return;
        }
        if (recorded.isEmpty()) {
            // the same key was committed while this request waited on it: answer from its record
            rollback();
            Optional<IdempotentRequest> twin = store.find(user, key);
            if (twin.isPresent()) {
                answerFrom(twin.get(), hash, request, response);
            } else {
                problem(
                        response,
                        409,
                        "Conflict",
                        "Another request with the same " + IdempotencyKeys.HEADER
                                + " was being processed; send it again",
                        request.getRequestURI(),
                        "in-progress");
            }
            return;
        }
        IdempotentRequest record = recorded.get();
        BufferedResponse buffered = new BufferedResponse(response);
        try {
            chain.doFilter(new BufferedRequest(request, body), buffered);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            rollback();
            throw e;
        }
        int status = buffered.getStatus();
        if (status < 200 || status >= 300 || buffered.error != null) {
            rollback(); // refused or failed: nothing was changed, and the key is free for a retry
            buffered.send();
            return;
        }
        try {
            if (transaction.getStatus() != Status.STATUS_ACTIVE) {
                throw new IllegalStateException(
                        "the write answered " + status + " but its transaction was marked for rollback");
            }
            store.answered(record, status, buffered.getContentType(), buffered.getHeader("Location"), buffered.bytes());
            transaction.commit();
        } catch (Exception commitFailed) {
            rollback();
            LOG.log(Level.WARNING, "An idempotent write could not be committed; nothing was stored", commitFailed);
            failed(response, request);
            return;
        }
        buffered.send();
    }

    private void rollback() {
        try {
            int status = transaction.getStatus();
            if (status != Status.STATUS_NO_TRANSACTION
                    && status != Status.STATUS_COMMITTED
                    && status != Status.STATUS_ROLLEDBACK) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Rollback of an idempotent write failed", e);
        }
    }

    private static void answerFrom(
            IdempotentRequest record, String hash, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!record.sameRequest(hash)) {
            problem(
                    response,
                    422,
                    "Unprocessable Content",
                    IdempotencyKeys.HEADER + " " + record.getKey() + " was used for another request ("
                            + record.getMethod() + " " + record.getPath()
                            + " with its body); a key names one request only",
                    request.getRequestURI(),
                    "same-request");
            return;
        }
        response.setStatus(record.getStatus());
        if (record.getContentType() != null) {
            response.setContentType(record.getContentType());
        }
        if (record.getLocation() != null) {
            response.setHeader("Location", record.getLocation());
        }
        response.setHeader(IdempotencyKeys.REPLAYED, "true");
        byte[] body = record.getBody();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void failed(HttpServletResponse response, HttpServletRequest request) throws IOException {
        response.reset();
        SecurityHeaders.apply(response);
        response.setHeader("Retry-After", "1");
        problem(
                response,
                503,
                "Service Unavailable",
                "The change could not be saved; nothing was changed. Send it again with the same "
                        + IdempotencyKeys.HEADER,
                request.getRequestURI(),
                null);
    }

    private static void problem(
            HttpServletResponse response, int status, String title, String detail, String instance, String rule)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        List<Problem.FieldProblem> errors =
                rule == null ? List.of() : List.of(new Problem.FieldProblem(IdempotencyKeys.HEADER, rule, detail));
        response.getWriter().write(Problems.json(new Problem("about:blank", title, status, detail, instance, errors)));
    }

    /** The request with its body read once (for the hash) and given again to the resource. */
    static final class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
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
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
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

    /** The answer kept back until the transaction has committed; headers go to the real answer, which is not yet sent. */
    static final class BufferedResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;
        Integer error;
        String errorMessage;

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("an idempotent write answers at once");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            super.reset();
            buffer.reset();
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void sendError(int sc) {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, String msg) {
            error = sc;
            errorMessage = msg;
            setStatus(sc);
        }

        @Override
        public void sendRedirect(String location) {
            setStatus(302);
            setHeader("Location", location);
        }

        byte[] bytes() {
            flushBuffer();
            return buffer.toByteArray();
        }

        /** Sends what was kept back. */
        void send() throws IOException {
            HttpServletResponse real = (HttpServletResponse) getResponse();
            if (error != null) {
                if (errorMessage == null) {
                    real.sendError(error);
                } else {
                    real.sendError(error, errorMessage);
                }
                return;
            }
            byte[] body = bytes();
            if (body.length > 0) {
                real.setContentLength(body.length);
                real.getOutputStream().write(body);
            }
            real.flushBuffer();
        }
    }
}
