package cn.xj.titlereview.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ResourceLoader;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Reads an organisation file ({@code config/demo/organisations.yml}, {@code config/directory/*.yml}). */
public final class OrganisationsFile {

    /** The demo's organisations and users ({@code titlereview.organisations.location} overrides it). */
    public static final String DEMO = "classpath:config/demo/organisations.yml";

    private OrganisationsFile() {
    }

    public static DemoDirectory read(ResourceLoader resourceLoader, String location) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = resourceLoader.getResource(location).getInputStream()) {
            return yaml.readValue(in, DemoDirectory.class);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取组织机构文件 " + location + "：" + e.getMessage(), e);
        }
    }
}
