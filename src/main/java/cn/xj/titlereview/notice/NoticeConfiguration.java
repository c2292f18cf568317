package cn.xj.titlereview.notice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads the notice files at start-up, the seed of the catalog. {@code titlereview.notices.location} may name
 * a directory whose {@code *.yml} files are read after the packaged {@code config/notices/*.yml}; a file there
 * replaces the packaged notice with the same id. A version published through the product
 * ({@code notice_version}) replaces both, on every node, without a restart.
 */
@Configuration(proxyBeanMethods = false)
class NoticeConfiguration {

    @Bean
    NoticeVersionStore noticeVersionStore(JdbcTemplate jdbc) {
        return new NoticeVersionStore(jdbc);
    }

    @Bean
    NoticeCatalog noticeCatalog(ResourcePatternResolver resolver,
                                @Value("${titlereview.notices.location:}") String location,
                                NoticeVersionStore versions) {
        return new NoticeCatalog(new NoticeLoader().load(resolver, location), versions);
    }
}
