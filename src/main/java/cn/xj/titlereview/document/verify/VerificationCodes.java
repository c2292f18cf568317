package cn.xj.titlereview.document.verify;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Verification codes: 20 characters of Crockford's base32 from {@link SecureRandom} (100 bits), so
 * they cannot be guessed; one per application, document kind and submitted version, kept in
 * {@code document_verification}. Shown grouped by four ({@code ABCD-EFGH-…}); read in either form.
 */
@Component
public class VerificationCodes {

    static final int LENGTH = 20;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");

    public record Code(String code, DocumentKind kind, String applicationNo, int snapshotVersion,
                       String certificateNo, Instant createdAt) {

        /** As printed: groups of four. */
        public String display() {
            return VerificationCodes.display(code);
        }
    }

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    public VerificationCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The code of this document, issued on first use; a concurrent first use gets the same code. */
    public Code codeFor(DocumentKind kind, String applicationNo, int snapshotVersion, String certificateNo) {
        Optional<Code> existing = find(kind, applicationNo, snapshotVersion);
        if (existing.isPresent()) {
            return existing.get();
        }
        String code = newCode();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        try {
            jdbc.update("INSERT INTO document_verification (code, document_kind, application_no, snapshot_version, "
                            + "certificate_no, created_at) VALUES (?, ?, ?, ?, ?, ?)", code, kind.name(), applicationNo,
                    snapshotVersion, certificateNo, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        } catch (DuplicateKeyException e) {
            return find(kind, applicationNo, snapshotVersion).orElseThrow(() -> e);
        }
        return new Code(code, kind, applicationNo, snapshotVersion, certificateNo, now);
    }

    /** A code as typed or scanned (dashes, spaces and case do not matter); empty when unknown or malformed. */
    public Optional<Code> lookUp(String typed) {
        String code = normalize(typed);
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT code, document_kind, application_no, snapshot_version, certificate_no, created_at "
                + "FROM document_verification WHERE code = ?", (rs, i) -> map(rs), code).stream().findFirst();
    }

    private Optional<Code> find(DocumentKind kind, String applicationNo, int snapshotVersion) {
        return jdbc.query("SELECT code, document_kind, application_no, snapshot_version, certificate_no, created_at "
                        + "FROM document_verification WHERE application_no = ? AND document_kind = ? AND snapshot_version = ?",
                (rs, i) -> map(rs), applicationNo, kind.name(), snapshotVersion).stream().findFirst();
    }

    private static Code map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Code(rs.getString(1), DocumentKind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
                rs.getString(5), rs.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }

    String newCode() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    static String normalize(String typed) {
        if (typed == null || typed.length() > 64) {
            return null;
        }
        String code = typed.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return CODE.matcher(code).matches() ? code : null;
    }

    static String display(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(code.charAt(i));
        }
        return out.toString();
    }
}
