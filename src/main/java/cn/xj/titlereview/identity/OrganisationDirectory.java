package cn.xj.titlereview.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import cn.xj.titlereview.identity.DemoDirectory.Committee;
import cn.xj.titlereview.identity.DemoDirectory.EmployerUnit;
import cn.xj.titlereview.identity.DemoDirectory.Organisation;
import cn.xj.titlereview.identity.DemoDirectory.Person;

/**
 * Who handles an application: its employer unit, the unit's competent department, and the
 * committee and HR bureau that serve its notice. Read once from the organisation file.
 */
@Component
public class OrganisationDirectory {

    private final DemoDirectory directory;

    public OrganisationDirectory(ResourceLoader resourceLoader,
                                 @Value("${titlereview.organisations.location:classpath:config/demo/organisations.yml}")
                                 String location) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = resourceLoader.getResource(location).getInputStream()) {
            this.directory = yaml.readValue(in, DemoDirectory.class);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取组织机构文件 " + location + "：" + e.getMessage(), e);
        }
    }

    public DemoDirectory directory() {
        return directory;
    }

    public Optional<EmployerUnit> employerUnit(String code) {
        return directory.employerUnits().stream().filter(unit -> unit.code().equals(code)).findFirst();
    }

    public Optional<Committee> committeeFor(String noticeId) {
        return directory.committees().stream().filter(c -> c.notices().contains(noticeId)).findFirst();
    }

    public Optional<Organisation> hrBureauFor(String noticeId) {
        return directory.hrBureaus().stream().filter(b -> b.notices().contains(noticeId)).findFirst();
    }

    public List<String> expertIds(Committee committee) {
        return committee.experts().stream().map(Person::id).toList();
    }
}
