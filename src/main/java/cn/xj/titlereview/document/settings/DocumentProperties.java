package cn.xj.titlereview.document.settings;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the documents ({@code titlereview.documents.*}).
 *
 * @param fontPath                 a plain TrueType CJK font (not TTC, not CFF), subset-embedded in every PDF
 * @param latinFontPath            a TrueType font for digits and Latin letters, which the CJK font may lack
 * @param templatesDir             a folder whose files override the packaged {@code config/documents/}
 * @param publicBaseUrl            where people reach the product: the QR code of a certificate opens
 *                                 {@code <publicBaseUrl>/verify/<code>}
 * @param verifyRequestsPerMinute  requests to {@code /verify/} allowed per client address and minute
 */
@ConfigurationProperties("titlereview.documents")
public record DocumentProperties(
        @DefaultValue("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf") Path fontPath,
        @DefaultValue("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") Path latinFontPath,
        @DefaultValue("config/documents") Path templatesDir,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("20") int verifyRequestsPerMinute) {

    /** The base URL without a trailing slash. */
    public String baseUrl() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }
}
