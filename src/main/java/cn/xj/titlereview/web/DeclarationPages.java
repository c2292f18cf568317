package cn.xj.titlereview.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The applicant's declaration pages (static/declare/): {@code /declare/} shows the page, and
 * {@code /declare} leads there (the page's relative links need the trailing slash).
 */
@Configuration
class DeclarationPages implements WebMvcConfigurer {

    static final String PATH = "/declare/";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/declare", PATH);
        registry.addViewController(PATH).setViewName("forward:" + PATH + "index.html");
    }
}
