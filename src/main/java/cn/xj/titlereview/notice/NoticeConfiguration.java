package cn.xj.titlereview.notice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Loads the notices at start-up. {@code titlereview.notices.location} may name a directory whose
 * {@code *.yml} files are read after the packaged {@code config/notices/*.yml}; a file there
 * replaces the packaged notice with the same id (to correct a notice without a new build).
 */
@Configuration(proxyBeanMethods = false)
class NoticeConfiguration {

    @Bean
    NoticeCatalog noticeCatalog(ResourcePatternResolver resolver,
                                @Value("${titlereview.notices.location:}") String location) {
        return new NoticeCatalog(new NoticeLoader().load(resolver, location));
    }
}
